import {
  AckPolicy,
  connect,
  type ConsumerMessages,
  DeliverPolicy,
  headers as natsHeaders,
  type JetStreamClient,
  type JetStreamManager,
  type JsMsg,
  JSONCodec,
  type NatsConnection,
  nanos,
  RetentionPolicy,
  StorageType,
} from 'nats';
import { CORRELATION_ID_HEADER } from '@pix/contracts';
import type { AppLogger } from '../logging/logger';
import { runWithContext, sanitizeCorrelationId } from '../logging/request-context';

export interface StreamDefinition {
  readonly name: string;
  readonly subjects: readonly string[];
  /** Window in which a repeated `Nats-Msg-Id` is dropped as a duplicate. */
  readonly duplicateWindowMs?: number;
  readonly maxAgeMs?: number;
}

export interface PublishOptions {
  /** Stable id of the event (becomes `Nats-Msg-Id`): publishing twice stores it once. */
  readonly messageId: string;
  readonly correlationId?: string;
}

export interface PublishResult {
  readonly sequence: number;
  readonly duplicate: boolean;
}

export interface EventMetadata {
  readonly subject: string;
  readonly messageId: string | undefined;
  readonly correlationId: string;
  readonly deliveryCount: number;
  readonly streamSequence: number;
}

export interface ConsumerDefinition<T> {
  readonly stream: string;
  /** Durable name: the server remembers what this consumer acknowledged across restarts. */
  readonly durable: string;
  readonly filterSubject?: string;
  readonly maxDeliver?: number;
  readonly ackWaitMs?: number;
  /** Delay before a failed message is delivered again. */
  readonly retryDelayMs?: number;
  readonly handle: (payload: T, metadata: EventMetadata) => Promise<void>;
}

export interface RunningConsumer {
  stop(): Promise<void>;
}

const codec = JSONCodec();

/**
 * Domain events that must not be lost: file-backed streams, de-duplicated publishing,
 * durable pull consumers with explicit acknowledgement (a failed handler gets the message again).
 */
export class JetStreamEvents {
  private readonly consumers = new Set<ConsumerMessages>();

  private constructor(
    private readonly connection: NatsConnection,
    private readonly manager: JetStreamManager,
    private readonly client: JetStreamClient,
    private readonly logger: AppLogger,
  ) {}

  static async connect(url: string, connectionName: string, logger: AppLogger): Promise<JetStreamEvents> {
    const connection = await connect({
      servers: url.split(','),
      name: connectionName,
      maxReconnectAttempts: -1,
      reconnectTimeWait: 250,
      waitOnFirstConnect: true,
    });
    const manager = await connection.jetstreamManager();
    return new JetStreamEvents(connection, manager, connection.jetstream(), logger);
  }

  /** Creates the stream, or updates its subjects and limits if it exists. */
  async ensureStream(definition: StreamDefinition): Promise<void> {
    const config = {
      name: definition.name,
      subjects: [...definition.subjects],
      storage: StorageType.File,
      retention: RetentionPolicy.Limits,
      duplicate_window: nanos(definition.duplicateWindowMs ?? 2 * 60_000),
      max_age: nanos(definition.maxAgeMs ?? 0),
    };
    try {
      await this.manager.streams.info(definition.name);
      await this.manager.streams.update(definition.name, config);
    } catch (error) {
      if (!isNotFound(error)) throw error;
      await this.manager.streams.add(config);
    }
  }

  async publish<T>(subject: string, payload: T, options: PublishOptions): Promise<PublishResult> {
    const headers = natsHeaders();
    headers.set(CORRELATION_ID_HEADER, sanitizeCorrelationId(options.correlationId));
    const ack = await this.client.publish(subject, codec.encode(payload), { msgID: options.messageId, headers });
    return { sequence: ack.seq, duplicate: ack.duplicate };
  }

  async consume<T>(definition: ConsumerDefinition<T>): Promise<RunningConsumer> {
    await this.ensureConsumer(definition);
    const consumer = await this.client.consumers.get(definition.stream, definition.durable);
    const messages = await consumer.consume({ max_messages: 64 });
    this.consumers.add(messages);
    const loop = this.deliver(messages, definition);
    return {
      stop: async () => {
        await messages.close();
        this.consumers.delete(messages);
        await loop;
      },
    };
  }

  async close(): Promise<void> {
    for (const messages of this.consumers) await messages.close();
    this.consumers.clear();
    await this.connection.drain();
  }

  private async ensureConsumer<T>(definition: ConsumerDefinition<T>): Promise<void> {
    const config = {
      durable_name: definition.durable,
      ack_policy: AckPolicy.Explicit,
      deliver_policy: DeliverPolicy.All,
      ack_wait: nanos(definition.ackWaitMs ?? 30_000),
      max_deliver: definition.maxDeliver ?? 10,
      ...(definition.filterSubject === undefined ? {} : { filter_subject: definition.filterSubject }),
    };
    try {
      await this.manager.consumers.info(definition.stream, definition.durable);
      await this.manager.consumers.update(definition.stream, definition.durable, config);
    } catch (error) {
      if (!isNotFound(error)) throw error;
      await this.manager.consumers.add(definition.stream, config);
    }
  }

  private async deliver<T>(messages: ConsumerMessages, definition: ConsumerDefinition<T>): Promise<void> {
    for await (const message of messages) {
      await this.handleOne(message, definition);
    }
  }

  private async handleOne<T>(message: JsMsg, definition: ConsumerDefinition<T>): Promise<void> {
    const correlationId = sanitizeCorrelationId(message.headers?.get(CORRELATION_ID_HEADER) || undefined);
    const metadata: EventMetadata = {
      subject: message.subject,
      messageId: message.headers?.get('Nats-Msg-Id') || undefined,
      correlationId,
      deliveryCount: message.info.redeliveryCount,
      streamSequence: message.seq,
    };
    await runWithContext({ correlationId }, async () => {
      try {
        const payload = codec.decode(message.data) as T;
        await definition.handle(payload, metadata);
        message.ack();
      } catch (error) {
        this.logger.error(
          { err: error, subject: message.subject, durable: definition.durable, deliveryCount: metadata.deliveryCount },
          'event handler failed; the message will be delivered again',
        );
        message.nak(definition.retryDelayMs ?? 1000);
      }
    });
  }
}

function isNotFound(error: unknown): boolean {
  const apiError = (error as { api_error?: { err_code?: number } } | null)?.api_error;
  if (apiError?.err_code === 10059 || apiError?.err_code === 10014) return true;
  return error instanceof Error && /not found/i.test(error.message);
}
