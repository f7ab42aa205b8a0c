import { Writable } from 'node:stream';
import { createLogger, NestPinoLogger } from './logger';
import { runWithContext, sanitizeCorrelationId } from './request-context';

function captureLogger() {
  const lines: Record<string, unknown>[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
      callback();
    },
  });
  return { logger: createLogger('sessions', 'info', destination), lines };
}

describe(createLogger.name, () => {
  it('writes JSON lines with the service name and the current correlation id', () => {
    const { logger, lines } = captureLogger();

    runWithContext({ correlationId: 'abc-123' }, () => logger.info({ sessionId: 4 }, 'finalised'));
    logger.info('outside');

    expect(lines[0]).toMatchObject({
      service: 'sessions',
      level: 'info',
      correlationId: 'abc-123',
      sessionId: 4,
      msg: 'finalised',
    });
    expect(lines[1]).not.toHaveProperty('correlationId');
  });

  it('redacts passwords and tokens', () => {
    const { logger, lines } = captureLogger();

    logger.info({ body: { password: 'hunter22', token: 't' } }, 'login');

    expect(lines[0]['body']).toEqual({ password: '[redacted]', token: '[redacted]' });
  });
});

describe(NestPinoLogger.name, () => {
  it('keeps Nest context and error stacks as fields', () => {
    const { logger, lines } = captureLogger();
    const nest = new NestPinoLogger(logger);

    nest.log('Mapped route', 'RoutesResolver');
    nest.error('boom', 'Error: boom\n    at x', 'ExceptionsHandler');

    expect(lines[0]).toMatchObject({ msg: 'Mapped route', context: 'RoutesResolver', level: 'info' });
    expect(lines[1]).toMatchObject({
      msg: 'boom',
      context: 'ExceptionsHandler',
      level: 'error',
      stack: 'Error: boom\n    at x',
    });
  });
});

describe(sanitizeCorrelationId.name, () => {
  it('keeps a well-formed id and replaces a hostile one', () => {
    expect(sanitizeCorrelationId('req-42.a:b_c')).toBe('req-42.a:b_c');
    expect(sanitizeCorrelationId('a b\nc')).toMatch(/^[0-9a-f-]{36}$/);
    expect(sanitizeCorrelationId(undefined)).toMatch(/^[0-9a-f-]{36}$/);
    expect(sanitizeCorrelationId('x'.repeat(200))).toMatch(/^[0-9a-f-]{36}$/);
  });
});
