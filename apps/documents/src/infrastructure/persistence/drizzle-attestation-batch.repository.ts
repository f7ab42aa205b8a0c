import { Injectable } from '@nestjs/common';
import { and, asc, eq, gt, isNull, lt, or, sql } from 'drizzle-orm';
import type { PgUpdateSetSource } from 'drizzle-orm/pg-core';
import type { AttestationBatch } from '../../domain/attestation-batch';
import type {
  AttestationBatchRepository,
  BatchRef,
  RenderedItem,
  StoredItem,
} from '../../domain/attestation-batch.repository';
import { DrizzleTransactions } from './drizzle-transactions';
import { attestationBatches, attestationBatchItems } from './schema';

type Row = typeof attestationBatches.$inferSelect;

/** Every column but the merged file, which is read in chunks only. */
const BATCH_COLUMNS = {
  id: attestationBatches.id,
  sessionId: attestationBatches.sessionId,
  certificationCenterId: attestationBatches.certificationCenterId,
  division: attestationBatches.division,
  requestedBy: attestationBatches.requestedBy,
  status: attestationBatches.status,
  total: attestationBatches.total,
  done: attestationBatches.done,
  fileName: attestationBatches.fileName,
  sizeBytes: attestationBatches.sizeBytes,
  error: attestationBatches.error,
  attempts: attestationBatches.attempts,
  createdAt: attestationBatches.createdAt,
};

type BatchRow = Pick<Row, keyof typeof BATCH_COLUMNS>;

/** How many item PDFs are read at once while merging (a few MB of memory, not the whole batch). */
const ITEMS_READ_AT_ONCE = 25;

@Injectable()
export class DrizzleAttestationBatchRepository implements AttestationBatchRepository {
  constructor(private readonly transactions: DrizzleTransactions) {}

  async add(batch: AttestationBatch): Promise<void> {
    await this.transactions.db().insert(attestationBatches).values({
      id: batch.id,
      sessionId: batch.sessionId,
      certificationCenterId: batch.certificationCenterId,
      division: batch.division,
      requestedBy: batch.requestedBy,
      status: batch.status,
      total: batch.total,
      done: batch.done,
      attempts: batch.attempts,
      createdAt: batch.createdAt,
      updatedAt: batch.createdAt,
    });
  }

  async find(ref: BatchRef): Promise<AttestationBatch | null> {
    const [row] = await this.transactions
      .db()
      .select(BATCH_COLUMNS)
      .from(attestationBatches)
      .where(
        and(
          eq(attestationBatches.id, ref.batchId),
          eq(attestationBatches.certificationCenterId, ref.certificationCenterId),
        ),
      );
    return row === undefined ? null : toDomain(row);
  }

  async findById(batchId: string): Promise<AttestationBatch | null> {
    const [row] = await this.transactions
      .db()
      .select(BATCH_COLUMNS)
      .from(attestationBatches)
      .where(eq(attestationBatches.id, batchId));
    return row === undefined ? null : toDomain(row);
  }

  claimNext(worker: string, now: Date, staleBefore: Date): Promise<AttestationBatch | null> {
    return this.transactions.run(async () => {
      const db = this.transactions.db();
      const [candidate] = await db
        .select({ id: attestationBatches.id })
        .from(attestationBatches)
        .where(
          or(
            eq(attestationBatches.status, 'queued'),
            and(
              eq(attestationBatches.status, 'running'),
              or(isNull(attestationBatches.claimedBy), lt(attestationBatches.heartbeatAt, staleBefore)),
            ),
          ),
        )
        .orderBy(asc(attestationBatches.createdAt))
        .limit(1)
        .for('update', { skipLocked: true });
      if (candidate === undefined) return null;
      const [row] = await db
        .update(attestationBatches)
        .set({ status: 'running', claimedBy: worker, heartbeatAt: now, updatedAt: now })
        .where(eq(attestationBatches.id, candidate.id))
        .returning(BATCH_COLUMNS);
      return row === undefined ? null : toDomain(row);
    });
  }

  async release(worker: string): Promise<void> {
    await this.transactions
      .db()
      .update(attestationBatches)
      .set({ claimedBy: null, heartbeatAt: null })
      .where(and(eq(attestationBatches.claimedBy, worker), eq(attestationBatches.status, 'running')));
  }

  async setTotal(batchId: string, total: number, now: Date): Promise<AttestationBatch> {
    return this.update(batchId, { total, heartbeatAt: now, updatedAt: now });
  }

  async storedItems(batchId: string): Promise<StoredItem[]> {
    return this.transactions
      .db()
      .select({ certificationId: attestationBatchItems.certificationId, position: attestationBatchItems.position })
      .from(attestationBatchItems)
      .where(eq(attestationBatchItems.batchId, batchId))
      .orderBy(asc(attestationBatchItems.position));
  }

  addItem(batchId: string, item: RenderedItem, now: Date): Promise<AttestationBatch> {
    return this.transactions.run(async () => {
      await this.transactions
        .db()
        .insert(attestationBatchItems)
        .values({
          batchId,
          certificationId: item.certificationId,
          position: item.position,
          pageCount: item.pageCount,
          pdf: Buffer.from(item.pdf.buffer, item.pdf.byteOffset, item.pdf.byteLength),
          renderedAt: now,
        });
      // Progress resets the attempts: only failures in a row make a batch fail.
      return this.update(batchId, {
        done: sql`${attestationBatches.done} + 1`,
        attempts: 0,
        heartbeatAt: now,
        updatedAt: now,
      });
    });
  }

  async heartbeat(batchId: string, now: Date): Promise<void> {
    await this.transactions
      .db()
      .update(attestationBatches)
      .set({ heartbeatAt: now, updatedAt: now })
      .where(eq(attestationBatches.id, batchId));
  }

  async *itemPdfs(batchId: string): AsyncIterable<Uint8Array> {
    let after = -1;
    for (;;) {
      const rows = await this.transactions
        .db()
        .select({ position: attestationBatchItems.position, pdf: attestationBatchItems.pdf })
        .from(attestationBatchItems)
        .where(and(eq(attestationBatchItems.batchId, batchId), gt(attestationBatchItems.position, after)))
        .orderBy(asc(attestationBatchItems.position))
        .limit(ITEMS_READ_AT_ONCE);
      for (const row of rows) {
        if (row.pdf === null) throw new Error(`attestation ${row.position} of batch ${batchId} has no PDF any more`);
        yield row.pdf;
      }
      const last = rows.at(-1);
      if (last === undefined || rows.length < ITEMS_READ_AT_ONCE) return;
      after = last.position;
    }
  }

  complete(batchId: string, file: { fileName: string; bytes: Uint8Array }, now: Date): Promise<AttestationBatch> {
    return this.transactions.run(async () => {
      const done = await this.update(batchId, {
        status: 'done',
        fileName: file.fileName,
        file: Buffer.from(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength),
        sizeBytes: file.bytes.byteLength,
        error: null,
        claimedBy: null,
        heartbeatAt: null,
        updatedAt: now,
      });
      await this.transactions
        .db()
        .update(attestationBatchItems)
        .set({ pdf: null })
        .where(eq(attestationBatchItems.batchId, batchId));
      return done;
    });
  }

  fail(batchId: string, error: string, now: Date): Promise<AttestationBatch> {
    return this.update(batchId, { status: 'failed', error, claimedBy: null, heartbeatAt: null, updatedAt: now });
  }

  async retryLater(batchId: string, now: Date): Promise<number> {
    const batch = await this.update(batchId, {
      status: 'queued',
      attempts: sql`${attestationBatches.attempts} + 1`,
      claimedBy: null,
      heartbeatAt: null,
      updatedAt: now,
    });
    return batch.attempts;
  }

  async readFile(batchId: string, offset: number, length: number): Promise<Uint8Array> {
    // substring on bytea is 1-based; PostgreSQL reads only the slice it returns.
    const [row] = await this.transactions
      .db()
      .select({ bytes: sql<Uint8Array>`substring(${attestationBatches.file} from ${offset + 1} for ${length})` })
      .from(attestationBatches)
      .where(eq(attestationBatches.id, batchId));
    if (row?.bytes === undefined || row.bytes === null) return new Uint8Array();
    return typeof row.bytes === 'string' ? hexToBytes(row.bytes) : new Uint8Array(row.bytes);
  }

  private async update(
    batchId: string,
    values: PgUpdateSetSource<typeof attestationBatches> & { updatedAt: Date },
  ): Promise<AttestationBatch> {
    const [row] = await this.transactions
      .db()
      .update(attestationBatches)
      .set(values)
      .where(eq(attestationBatches.id, batchId))
      .returning(BATCH_COLUMNS);
    if (row === undefined) throw new Error(`attestation batch ${batchId} does not exist`);
    return toDomain(row);
  }
}

/** node-postgres returns bytea as a Buffer, but a raw `sql` expression may come back in hex (`\x…`). */
function hexToBytes(value: string): Uint8Array {
  return new Uint8Array(Buffer.from(value.startsWith('\\x') ? value.slice(2) : value, 'hex'));
}

function toDomain(row: BatchRow): AttestationBatch {
  return {
    id: row.id,
    sessionId: row.sessionId,
    certificationCenterId: row.certificationCenterId,
    division: row.division,
    requestedBy: row.requestedBy,
    status: row.status,
    total: row.total,
    done: row.done,
    fileName: row.fileName,
    sizeBytes: row.sizeBytes,
    error: row.error,
    attempts: row.attempts,
    createdAt: row.createdAt,
  };
}
