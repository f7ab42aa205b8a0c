import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { Inject, Injectable, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import type { Clock } from '@pix/kernel';
import { APP_LOGGER, type AppLogger } from '@pix/platform';
import { GenerateAttestationBatch } from '../../application/generate-attestation-batch.use-case';
import { type BatchWorkerSignal, CLOCK } from '../../application/tokens';
import {
  ATTESTATION_BATCH_REPOSITORY,
  type AttestationBatchRepository,
} from '../../domain/attestation-batch.repository';

export interface BatchWorkerTiming {
  /** How often to look for batches queued elsewhere or abandoned by a dead instance. */
  readonly pollMs: number;
  /** A running batch whose worker has not beaten for this long is taken over (the worker died). */
  readonly leaseMs: number;
  /** Pause after a transient failure (jury unreachable, Chromium down) before trying again. */
  readonly retryDelayMs: number;
}

export const BATCH_WORKER_TIMING = Symbol('BATCH_WORKER_TIMING');

export const DEFAULT_BATCH_WORKER_TIMING: BatchWorkerTiming = { pollMs: 2_000, leaseMs: 120_000, retryDelayMs: 2_000 };

/**
 * Generates the attestation batches in the background, one at a time per instance. At boot it takes up the queued
 * batches and those left running by a stopped instance (released) or a dead one (lease expired), and resumes them.
 * When the service stops, it finishes the attestations in flight, stores them, and releases its batch.
 */
@Injectable()
export class AttestationBatchWorker implements BatchWorkerSignal, OnApplicationBootstrap, OnModuleDestroy {
  /** Owner of the leases this instance takes. */
  readonly workerId = `${hostname()}-${process.pid}-${randomUUID().slice(0, 8)}`;
  private stopping = false;
  private loop: Promise<void> = Promise.resolve();
  private wakeUp: (() => void) | null = null;
  private woken = false;

  constructor(
    @Inject(ATTESTATION_BATCH_REPOSITORY) private readonly batches: AttestationBatchRepository,
    private readonly generate: GenerateAttestationBatch,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(BATCH_WORKER_TIMING) private readonly timing: BatchWorkerTiming,
    @Inject(APP_LOGGER) private readonly logger: AppLogger,
  ) {}

  onApplicationBootstrap(): void {
    this.loop = this.run();
  }

  wake(): void {
    this.woken = true;
    this.wakeUp?.();
  }

  async onModuleDestroy(): Promise<void> {
    this.stopping = true;
    this.wake();
    await this.loop;
    await this.batches.release(this.workerId).catch((error: unknown) => {
      this.logger.error({ err: error }, 'attestation batches: cannot release the running batch');
    });
  }

  private async run(): Promise<void> {
    while (!this.stopping) {
      let pause = this.timing.pollMs;
      try {
        const now = this.clock.now();
        const batch = await this.batches.claimNext(this.workerId, now, new Date(now.getTime() - this.timing.leaseMs));
        if (batch !== null) {
          this.logger.info({ batchId: batch.id, done: batch.done, total: batch.total }, 'attestation batch taken up');
          const outcome = await this.generate.execute(batch, () => this.stopping);
          // Straight to the next batch, unless this one asked for a pause before its next attempt.
          pause = outcome === 'retry' ? this.timing.retryDelayMs : 0;
        }
      } catch (error) {
        this.logger.error({ err: error }, 'attestation batches: cannot take up a batch; will retry');
      }
      if (pause > 0) await this.sleep(pause);
    }
  }

  /** Waits `ms`, or less if woken (a new batch, or the service stopping). */
  private sleep(ms: number): Promise<void> {
    if (this.woken) {
      this.woken = false;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const finish = (): void => {
        clearTimeout(timer);
        this.wakeUp = null;
        this.woken = false;
        resolve();
      };
      const timer = setTimeout(finish, ms);
      this.wakeUp = finish;
    });
  }
}
