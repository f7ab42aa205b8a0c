/** Port: records a domain event in the transaction of the change it announces (relayed to JetStream after commit). */
export interface EventOutbox {
  enqueue<T>(subject: string, payload: T): Promise<void>;
}

export const EVENT_OUTBOX = Symbol('EVENT_OUTBOX');
