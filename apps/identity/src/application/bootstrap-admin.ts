import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import type { Clock } from '@pix/kernel';
import { APP_LOGGER, type AppLogger } from '@pix/platform';
import { normalizeEmail } from '../domain/credentials';
import { CLOCK, PASSWORD_HASHER, type PasswordHasher, USER_STORE, type UserStore } from '../domain/identity.ports';
import { passwordProblems } from '../domain/password-policy';
import { IDENTITY_CONFIG, type IdentityConfig } from '../identity.config';

/**
 * A fresh installation has no account to sign in with: when BOOTSTRAP_ADMIN_EMAIL and _PASSWORD are set,
 * that SUPER_ADMIN is created at boot unless the email is already taken. Idempotent.
 */
@Injectable()
export class BootstrapAdmin implements OnApplicationBootstrap {
  constructor(
    @Inject(IDENTITY_CONFIG) private readonly config: IdentityConfig,
    @Inject(USER_STORE) private readonly users: UserStore,
    @Inject(PASSWORD_HASHER) private readonly hasher: PasswordHasher,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(APP_LOGGER) private readonly logger: AppLogger,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const { BOOTSTRAP_ADMIN_EMAIL: email, BOOTSTRAP_ADMIN_PASSWORD: password } = this.config;
    if (email === undefined || password === undefined) return;
    if ((await this.users.findByEmail(email)) !== null) return;
    const problems = passwordProblems(password, { email });
    if (problems.length > 0) {
      this.logger.error({ problems }, 'BOOTSTRAP_ADMIN_PASSWORD refused: no bootstrap administrator created');
      return;
    }
    const created = await this.users.create(
      {
        firstName: 'Administrateur',
        lastName: 'Pix',
        email: normalizeEmail(email),
        username: null,
        passwordHash: await this.hasher.hash(password),
        staffRole: 'SUPER_ADMIN',
        mustChangePassword: false,
      },
      this.clock.now(),
    );
    if (created !== null) this.logger.info({ userId: created.id }, 'bootstrap SUPER_ADMIN created');
  }
}
