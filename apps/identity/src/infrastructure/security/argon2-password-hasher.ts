import { availableParallelism } from 'node:os';
import { Inject, Injectable } from '@nestjs/common';
import { IdentityErrorCode } from '@pix/contracts';
import { DomainError } from '@pix/kernel';
import { argon2id, hash, verify } from 'argon2';
import type { PasswordHasher } from '../../domain/identity.ports';
import { IDENTITY_CONFIG, type IdentityConfig } from '../../identity.config';
import { GateBusyError, WorkGate } from './work-gate';

/**
 * argon2id through the maintained `argon2` binding; parameters travel inside each hash. Each hash costs ~19 MiB and
 * tens of milliseconds of a core, so at most one per core runs at once and a caller waits at most
 * PASSWORD_HASH_MAX_WAIT_MS: beyond, a burst of sign-ins gets SIGN_IN_BUSY at once (retry in a moment) instead of
 * piling up until the gateway gives up and the work is wasted.
 */
@Injectable()
export class Argon2PasswordHasher implements PasswordHasher {
  private dummyHash: Promise<string> | undefined;
  private readonly gate: WorkGate;

  constructor(@Inject(IDENTITY_CONFIG) private readonly config: IdentityConfig) {
    this.gate = new WorkGate(
      config.PASSWORD_HASH_CONCURRENCY ?? Math.max(1, availableParallelism()),
      config.PASSWORD_HASH_MAX_WAIT_MS,
    );
  }

  hash(password: string): Promise<string> {
    return this.gated(() =>
      hash(password, {
        type: argon2id,
        memoryCost: this.config.PASSWORD_HASH_MEMORY_KIB,
        timeCost: 2,
        parallelism: 1,
      }),
    );
  }

  async verify(passwordHash: string, password: string): Promise<boolean> {
    return this.gated(async () => {
      try {
        return await verify(passwordHash, password);
      } catch {
        return false;
      }
    });
  }

  /** Spends the same time as a real check, so an unknown login cannot be told apart by timing. */
  async verifyNothing(password: string): Promise<void> {
    this.dummyHash ??= this.hash('not-a-real-password-for-timing-only');
    await this.verify(await this.dummyHash, password);
  }

  private async gated<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await this.gate.run(work);
    } catch (error) {
      if (!(error instanceof GateBusyError)) throw error;
      throw new DomainError(
        IdentityErrorCode.SIGN_IN_BUSY,
        'Beaucoup de connexions en même temps : réessayez dans quelques secondes.',
        { retryAfterSeconds: 2 },
      );
    }
  }
}
