import type { RequestReply } from '../message-map';
import { subject } from '../subjects';

export const SessionsSubjects = {
  createSession: subject('sessions', 'cmd', 'create-session', 1),
  getSession: subject('sessions', 'qry', 'get-session', 1),
} as const;

export type SessionStatusCode = 'created' | 'finalized' | 'in_process' | 'processed';

/** A session as the centre's console sees it. `id` is the session number printed everywhere. */
export interface SessionView {
  readonly id: number;
  readonly certificationCenterId: number;
  readonly certificationCenterName: string;
  readonly address: string;
  readonly room: string;
  /** `YYYY-MM-DD` */
  readonly date: string;
  /** `HH:MM`, 24 h, local time of the centre */
  readonly time: string;
  readonly examiner: string;
  readonly description: string | null;
  readonly accessCode: string;
  /** As printed on the invigilator kit: `C-XXXXX`. */
  readonly invigilatorPassword: string;
  readonly status: SessionStatusCode;
  readonly createdBy: number;
  readonly createdAt: string;
}

/** Sent by the gateway once it has checked that `createdBy` is a member of the centre. */
export interface CreateSessionRequest {
  readonly certificationCenterId: number;
  readonly certificationCenterName: string;
  readonly createdBy: number;
  readonly address: string;
  readonly room: string;
  readonly date: string;
  readonly time: string;
  readonly examiner: string;
  readonly description?: string | null;
}

/** Scoped by centre: a session of another centre is reported as not found. */
export interface GetSessionRequest {
  readonly sessionId: number;
  readonly certificationCenterId: number;
}

export type SessionsRequestMap = {
  [SessionsSubjects.createSession]: RequestReply<CreateSessionRequest, SessionView>;
  [SessionsSubjects.getSession]: RequestReply<GetSessionRequest, SessionView>;
};
