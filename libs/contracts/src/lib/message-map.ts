import type { HealthReply, HealthRequest, HealthSubject } from './health';
import type { DocumentsRequestMap } from './documents/documents.messages';
import type { IdentityRequestMap } from './identity/identity.messages';
import type { IncidentsRequestMap } from './incidents/incidents.messages';
import type { JuryRequestMap } from './jury/jury.messages';
import type { SessionsRequestMap } from './sessions/sessions.messages';
import type { TestingRequestMap } from './testing/testing.messages';

/** One request/response pair carried by a subject. */
export interface RequestReply<Req, Res> {
  readonly request: Req;
  readonly response: Res;
}

/**
 * Every request-reply subject with its message types. `send` and handlers are type-checked
 * against this map, so a subject literal can never drift from its payload.
 * Later contexts extend it with their own `<Context>RequestMap`.
 */
export type RequestMap = {
  [S in HealthSubject]: RequestReply<HealthRequest, HealthReply>;
} & SessionsRequestMap &
  IdentityRequestMap &
  TestingRequestMap &
  DocumentsRequestMap &
  IncidentsRequestMap &
  JuryRequestMap;

export type RequestSubject = keyof RequestMap;
export type RequestOf<S extends RequestSubject> = RequestMap[S]['request'];
export type ResponseOf<S extends RequestSubject> = RequestMap[S]['response'];

/** Headers carried by every NATS message. */
export const CORRELATION_ID_HEADER = 'x-correlation-id';
