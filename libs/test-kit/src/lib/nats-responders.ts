import { connect, type NatsConnection } from 'nats';

/** A refusal a fake responder sends back, as a real service's error filter would. */
export class FakeRemoteError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export type FakeAnswer = (data: Record<string, unknown>) => unknown;

/**
 * Fake services for a service's integration tests: NATS responders speaking Nest's request-reply format
 * (`{id, data}` in, `{id, response | err, isDisposed}` out). A handler may be async, and may throw a
 * {@link FakeRemoteError} to answer with an error code.
 */
export class NatsResponders {
  private constructor(private readonly connection: NatsConnection) {}

  static async connect(url: string): Promise<NatsResponders> {
    return new NatsResponders(await connect({ servers: url }));
  }

  respond(subject: string, answer: FakeAnswer): void {
    const subscription = this.connection.subscribe(subject);
    void (async () => {
      for await (const message of subscription) {
        const { id, data } = message.json<{ id: string; data: Record<string, unknown> }>();
        let reply: Record<string, unknown>;
        try {
          reply = { id, response: await answer(data), isDisposed: true };
        } catch (error) {
          const err =
            error instanceof FakeRemoteError
              ? { code: error.code, message: error.message }
              : { code: 'INTERNAL', message: String(error) };
          reply = { id, err, isDisposed: true };
        }
        message.respond(JSON.stringify(reply));
      }
    })();
  }

  async close(): Promise<void> {
    await this.connection.drain();
  }
}
