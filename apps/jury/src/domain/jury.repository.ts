import type { JurySessionList } from '@pix/contracts';
import type { Certification, CertificationResult } from './certification';
import type { JurySession } from './jury-session';

export interface AuditEntry {
  readonly sessionId: number;
  readonly certificationId: number | null;
  readonly action: string;
  readonly userId: number;
  readonly at: Date;
  readonly before: unknown;
  readonly after: unknown;
}

export interface StoredAuditEntry extends AuditEntry {
  readonly id: number;
}

export interface VerifiedCertificate {
  readonly certification: Omit<Certification, 'challenges'>;
  readonly session: JurySession;
  readonly latest: CertificationResult | undefined;
}

export interface SessionFilter {
  readonly list: JurySessionList;
  readonly certificationCenterName?: string;
  readonly sessionId?: number;
  readonly assignedToUserId?: number | null;
  readonly from?: string;
  readonly to?: string;
}

/** Port: the jury's tables. Calls made inside `Transactions.run` join its transaction. */
export interface JuryRepository {
  /** `lock`: the row stays locked until the transaction ends (serialises auto-jury and jury actions). */
  findSession(sessionId: number, options?: { readonly lock?: boolean }): Promise<JurySession | null>;
  saveSession(session: JurySession): Promise<void>;
  listSessions(filter: SessionFilter): Promise<JurySession[]>;
  certificationsOf(sessionId: number): Promise<Certification[]>;
  findCertification(certificationId: number): Promise<Certification | null>;
  /** The public lookup's read: the certification (without its questions), its session and its latest result. */
  findCertificate(verificationCode: string): Promise<VerifiedCertificate | null>;
  certificationsOfUser(userId: number): Promise<Certification[]>;
  /** Inserts or replaces the certification with its challenges. */
  saveCertification(certification: Certification): Promise<void>;
  appendResult(result: CertificationResult): Promise<void>;
  latestResults(certificationIds: readonly number[]): Promise<Map<number, CertificationResult>>;
  /** Newest first. */
  resultHistory(certificationIds: readonly number[]): Promise<Map<number, CertificationResult[]>>;
  /** How many certifications each session has: for the lists. */
  certificationIdsOf(sessionIds: readonly number[]): Promise<Map<number, number[]>>;
  audit(entry: AuditEntry): Promise<void>;
  auditOf(sessionId: number): Promise<StoredAuditEntry[]>;
  /** False when this consumer already applied this event (then nothing is written). */
  markProcessed(consumer: string, eventId: string): Promise<boolean>;
  enqueue(subject: string, payload: unknown): Promise<void>;
}

export const JURY_REPOSITORY = Symbol('JURY_REPOSITORY');
