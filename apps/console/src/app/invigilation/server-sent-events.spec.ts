import { reconnectDelayMs, ServerSentEventParser } from './server-sent-events';

describe(ServerSentEventParser.name, () => {
  it('reads named events whatever the pieces the network cuts the stream into', () => {
    const parser = new ServerSentEventParser();
    const stream =
      'retry: 2000\nevent: snapshot\ndata: {"sessionId":12}\n\nevent: answer-recorded\ndata: {"answeredCount":3}\n\n';

    const events = stream.split('').flatMap((character) => parser.push(character));

    expect(events).toEqual([
      { type: 'snapshot', data: '{"sessionId":12}' },
      { type: 'answer-recorded', data: '{"answeredCount":3}' },
    ]);
  });

  it('waits for the blank line before dispatching an event', () => {
    const parser = new ServerSentEventParser();

    expect(parser.push('event: alert-raised\ndata: {"alertId":4}\n')).toEqual([]);
    expect(parser.push('\n')).toEqual([{ type: 'alert-raised', data: '{"alertId":4}' }]);
  });

  it('accepts CRLF and CR line ends, even a CRLF cut in two', () => {
    const parser = new ServerSentEventParser();

    const events = [
      ...parser.push('event: a\r'),
      ...parser.push('\ndata: 1\r\n\r\n'),
      ...parser.push('event: b\rdata: 2\r\r'),
    ];

    expect(events).toEqual([
      { type: 'a', data: '1' },
      { type: 'b', data: '2' },
    ]);
  });

  it('joins data lines with line breaks and names an unnamed event « message »', () => {
    const parser = new ServerSentEventParser();

    expect(parser.push('data: first\ndata:second\n\n')).toEqual([{ type: 'message', data: 'first\nsecond' }]);
  });

  it('ignores comments (the heartbeat), ids and events without data', () => {
    const parser = new ServerSentEventParser();

    const events = parser.push(': keep-alive\n\nid: 7\nevent: ping\n\nevent: snapshot\ndata: {}\n\n');

    expect(events).toEqual([{ type: 'snapshot', data: '{}' }]);
  });

  it('forgets the event name once an event is dispatched', () => {
    const parser = new ServerSentEventParser();

    expect(parser.push('event: snapshot\ndata: 1\n\ndata: 2\n\n')).toEqual([
      { type: 'snapshot', data: '1' },
      { type: 'message', data: '2' },
    ]);
  });
});

describe(reconnectDelayMs.name, () => {
  it.each([
    [0, 1_000],
    [1, 2_000],
    [2, 4_000],
    [4, 16_000],
    [5, 30_000],
    [12, 30_000],
  ])('waits after attempt %d: %d ms', (attempt, delay) => {
    expect(reconnectDelayMs(attempt)).toBe(delay);
  });
});
