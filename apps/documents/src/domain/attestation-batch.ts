import type { AttestationBatchStatus, AttestationBatchView } from '@pix/contracts';

/** A batch of attestations as stored (rules §11: schools download them per class, Pix staff per session). */
export interface AttestationBatch {
  readonly id: string;
  readonly sessionId: number;
  readonly certificationCenterId: number;
  readonly division: string | null;
  readonly requestedBy: number;
  readonly status: AttestationBatchStatus;
  /** Null until the jury service said how many there are. */
  readonly total: number | null;
  readonly done: number;
  readonly fileName: string | null;
  readonly sizeBytes: number | null;
  readonly error: string | null;
  readonly attempts: number;
  readonly createdAt: Date;
}

/** At most this many bytes of the merged PDF per reply: 512 KiB is 683 KiB in base64, under NATS's 1 MB default. */
export const CHUNK_SIZE_BYTES = 512 * 1024;

/** How many attestations are read from the jury service at a time. */
export const JURY_PAGE_SIZE = 50;

/** A new batch, waiting for the worker. */
export function queuedBatch(
  id: string,
  request: { sessionId: number; certificationCenterId: number; division?: string | null; requestedBy: number },
  now: Date,
): AttestationBatch {
  const division = request.division?.trim() ?? '';
  return {
    id,
    sessionId: request.sessionId,
    certificationCenterId: request.certificationCenterId,
    division: division === '' ? null : division,
    requestedBy: request.requestedBy,
    status: 'queued',
    total: null,
    done: 0,
    fileName: null,
    sizeBytes: null,
    error: null,
    attempts: 0,
    createdAt: now,
  };
}

/** `attestations-669.pdf` for a session, `attestations-669-3eA.pdf` for its class « 3e A ». */
export function batchFileName(sessionId: number, division: string | null): string {
  const slug = (division ?? '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9-]+/g, '')
    .slice(0, 40);
  return slug === '' ? `attestations-${sessionId}.pdf` : `attestations-${sessionId}-${slug}.pdf`;
}

/**
 * Whether the progress after `done` of `total` is worth an event: every 10 % (at least every item of a small
 * batch), so a 1,000-attestation batch sends about 10 events, not 1,000.
 */
export function isProgressStep(done: number, total: number): boolean {
  if (done >= total) return true;
  const step = Math.max(1, Math.ceil(total / 10));
  return done % step === 0;
}

/**
 * The first place of the jury's list with no stored attestation: the worker resumes reading from there (items are
 * stored as they finish, so a few after a gap may already be there; they are skipped, never rendered again).
 */
export function firstMissingPosition(storedPositions: readonly number[]): number {
  const stored = new Set(storedPositions);
  let position = 0;
  while (stored.has(position)) position += 1;
  return position;
}

export function toBatchView(batch: AttestationBatch): AttestationBatchView {
  return {
    batchId: batch.id,
    sessionId: batch.sessionId,
    certificationCenterId: batch.certificationCenterId,
    division: batch.division,
    status: batch.status,
    done: batch.done,
    total: batch.total ?? 0,
    fileName: batch.fileName,
    sizeBytes: batch.sizeBytes,
    error: batch.error,
    createdAt: batch.createdAt.toISOString(),
  };
}
