import { Inject, Injectable, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { APP_CONFIG, APP_LOGGER, type AppLogger, type GatewayConfig } from '@pix/platform';
import { connect, type NatsConnection } from 'nats';

/** A domain event of a session, as the invigilator space receives it. */
export interface LiveEvent {
  /** The event's name without context and version: `answer-recorded`, `candidate-changed`, `alert-raised`… */
  readonly type: string;
  readonly payload: Readonly<Record<string, unknown>> & { readonly sessionId: number };
}

export type LiveListener = (event: LiveEvent) => void;

/** Contexts whose events concern the invigilator space; every such event carries `sessionId`. */
const LIVE_SUBJECTS = ['sessions.evt.>', 'testing.evt.>', 'incidents.evt.>'];
const EVENT_NAME = /^[a-z]+\.evt\.([a-z][a-z0-9-]*)\.v\d+$/;

/**
 * One NATS connection of the gateway listening to the domain events (as they reach the JetStream streams) and
 * handing each to the listeners of its session. Core subscriptions: a listener that missed events while
 * disconnected gets the full state again when it reconnects, so nothing needs replaying here.
 */
@Injectable()
export class LiveEvents implements OnModuleInit, OnApplicationShutdown {
  private connection: NatsConnection | undefined;
  private connecting: Promise<void> = Promise.resolve();
  private closed = false;
  private readonly listeners = new Map<number, Set<LiveListener>>();

  constructor(
    @Inject(APP_CONFIG) private readonly config: GatewayConfig,
    @Inject(APP_LOGGER) private readonly logger: AppLogger,
  ) {}

  /** Connects in the background: the gateway serves without NATS, and the connection retries until it is up. */
  onModuleInit(): void {
    this.connecting = this.connect().catch((error: unknown) => {
      this.logger.error({ err: error }, 'live events: cannot connect to NATS');
    });
  }

  private async connect(): Promise<void> {
    const connection = await connect({
      servers: this.config.NATS_URL.split(','),
      name: `gateway-live-${process.pid}`,
      maxReconnectAttempts: -1,
      reconnectTimeWait: 250,
      waitOnFirstConnect: true,
    });
    if (this.closed) {
      await connection.close();
      return;
    }
    this.connection = connection;
    for (const subject of LIVE_SUBJECTS) {
      const subscription = connection.subscribe(subject);
      void (async () => {
        for await (const message of subscription) this.dispatch(message.subject, message.data);
      })();
    }
  }

  /** Returns the function that stops listening. */
  listen(sessionId: number, listener: LiveListener): () => void {
    let ofSession = this.listeners.get(sessionId);
    if (ofSession === undefined) {
      ofSession = new Set();
      this.listeners.set(sessionId, ofSession);
    }
    ofSession.add(listener);
    return () => {
      ofSession.delete(listener);
      if (ofSession.size === 0) this.listeners.delete(sessionId);
    };
  }

  listenerCount(): number {
    let count = 0;
    for (const ofSession of this.listeners.values()) count += ofSession.size;
    return count;
  }

  /** Resolves once the subscriptions are in place (tests wait for it before publishing). */
  ready(): Promise<void> {
    return this.connecting;
  }

  async onApplicationShutdown(): Promise<void> {
    this.closed = true;
    await this.connection?.drain();
  }

  private dispatch(subject: string, data: Uint8Array): void {
    const name = EVENT_NAME.exec(subject)?.[1];
    if (name === undefined) return;
    let payload: unknown;
    try {
      payload = JSON.parse(new TextDecoder().decode(data));
    } catch {
      this.logger.warn({ subject }, 'live event is not JSON; ignored');
      return;
    }
    const sessionId = (payload as { sessionId?: unknown } | null)?.sessionId;
    if (typeof sessionId !== 'number') return;
    const ofSession = this.listeners.get(sessionId);
    if (ofSession === undefined) return;
    const event: LiveEvent = { type: name, payload: payload as LiveEvent['payload'] };
    for (const listener of ofSession) listener(event);
  }
}
