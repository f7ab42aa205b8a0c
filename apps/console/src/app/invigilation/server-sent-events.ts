/** One event of a `text/event-stream` answer, as the server sent it. */
export interface ServerSentEvent {
  /** `message` when the server named none. */
  readonly type: string;
  readonly data: string;
}

/**
 * Reads a server-sent event stream piece by piece (the HTML « event stream » format): pieces may cut a line or an
 * event anywhere. Comment lines (`: keep-alive`) and the `id` and `retry` fields are ignored; an event without data
 * is not dispatched.
 */
export class ServerSentEventParser {
  private buffer = '';
  private type = '';
  private dataLines: string[] = [];
  /** The last piece ended on `\r`: a `\n` starting the next one belongs to the same line end. */
  private endedOnCr = false;

  /** The events completed by this piece of text, in order. */
  push(text: string): ServerSentEvent[] {
    this.buffer += this.endedOnCr && text.startsWith('\n') ? text.slice(1) : text;
    this.endedOnCr = false;
    const events: ServerSentEvent[] = [];
    for (;;) {
      const end = this.lineEnd();
      if (end === null) break;
      const line = this.buffer.slice(0, end.index);
      this.buffer = this.buffer.slice(end.index + end.length);
      const event = this.readLine(line);
      if (event !== null) events.push(event);
    }
    return events;
  }

  /** Where the first complete line ends: `\r\n`, `\n` or `\r`. */
  private lineEnd(): { index: number; length: number } | null {
    const match = /\r\n|\n|\r/.exec(this.buffer);
    if (match === null) return null;
    if (match[0] === '\r' && match.index === this.buffer.length - 1) this.endedOnCr = true;
    return { index: match.index, length: match[0].length };
  }

  private readLine(line: string): ServerSentEvent | null {
    if (line === '') return this.dispatch();
    if (line.startsWith(':')) return null;
    const colon = line.indexOf(':');
    const field = colon === -1 ? line : line.slice(0, colon);
    let value = colon === -1 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'event') this.type = value;
    else if (field === 'data') this.dataLines.push(value);
    return null;
  }

  private dispatch(): ServerSentEvent | null {
    const type = this.type === '' ? 'message' : this.type;
    const hasData = this.dataLines.length > 0;
    const data = this.dataLines.join('\n');
    this.type = '';
    this.dataLines = [];
    return hasData ? { type, data } : null;
  }
}

/** Waits before connecting again: 1 s, 2 s, 4 s… at most 30 s (`attempt` counts from 0). */
export function reconnectDelayMs(attempt: number): number {
  return Math.min(30_000, 1_000 * 2 ** Math.max(0, attempt));
}
