import { type DynamicModule, Module } from '@nestjs/common';
import { systemClock } from '@pix/kernel';
import { AccessTokens, loadConfig, PlatformModule, type ServiceModuleOptions } from '@pix/platform';
import { Authenticate } from './application/authenticate.use-case';
import { BootstrapAdmin } from './application/bootstrap-admin';
import { CentreQueries } from './application/centre-queries.use-case';
import { ChangeMemberRole } from './application/change-member-role.use-case';
import { ChangePassword } from './application/change-password.use-case';
import { CreateAccount } from './application/create-account.use-case';
import { CreateCentre } from './application/create-centre.use-case';
import { GetMe } from './application/get-me.use-case';
import { Invitations } from './application/invitations.use-case';
import { Logout } from './application/logout.use-case';
import { Pupils } from './application/pupils.use-case';
import { RefreshTokens } from './application/refresh-tokens.use-case';
import { TokenIssuer } from './application/token-issuer';
import {
  ACCESS_TOKENS,
  CENTRE_STORE,
  CLOCK,
  PASSWORD_HASHER,
  PUPIL_STORE,
  REFRESH_TOKEN_STORE,
  THROTTLE_STORE,
  USER_STORE,
} from './domain/identity.ports';
import { IDENTITY_CONFIG, type IdentityConfig, identityConfigSchema } from './identity.config';
import { IdentityHandlers } from './infrastructure/messaging/identity.handlers';
import {
  DrizzleRefreshTokenStore,
  DrizzleThrottleStore,
  DrizzleUserStore,
} from './infrastructure/persistence/drizzle-account.store';
import { DrizzleCentreStore } from './infrastructure/persistence/drizzle-centre.store';
import { DrizzlePupilStore } from './infrastructure/persistence/drizzle-pupil.store';
import * as schema from './infrastructure/persistence/schema';
import { Argon2PasswordHasher } from './infrastructure/security/argon2-password-hasher';

export interface IdentityModuleOptions extends ServiceModuleOptions {
  /** Tests pass the identity variables instead of reading the environment. */
  readonly identityConfig?: IdentityConfig;
}

/** The identity service: accounts, staff roles, certification centres, memberships, pupils by class. */
@Module({})
export class IdentityModule {
  static forRoot(options: IdentityModuleOptions): DynamicModule {
    const { identityConfig, ...serviceOptions } = options;
    return {
      module: IdentityModule,
      imports: [PlatformModule.forService({ service: 'identity', schema, ...serviceOptions })],
      controllers: [IdentityHandlers],
      providers: [
        { provide: IDENTITY_CONFIG, useFactory: () => identityConfig ?? loadConfig(identityConfigSchema) },
        {
          provide: ACCESS_TOKENS,
          inject: [IDENTITY_CONFIG],
          useFactory: (config: IdentityConfig) =>
            new AccessTokens(config.AUTH_TOKEN_SECRET, config.ACCESS_TOKEN_TTL_SECONDS),
        },
        { provide: CLOCK, useValue: systemClock },
        { provide: PASSWORD_HASHER, useClass: Argon2PasswordHasher },
        { provide: USER_STORE, useClass: DrizzleUserStore },
        { provide: REFRESH_TOKEN_STORE, useClass: DrizzleRefreshTokenStore },
        { provide: THROTTLE_STORE, useClass: DrizzleThrottleStore },
        { provide: CENTRE_STORE, useClass: DrizzleCentreStore },
        { provide: PUPIL_STORE, useClass: DrizzlePupilStore },
        TokenIssuer,
        Authenticate,
        RefreshTokens,
        Logout,
        CreateAccount,
        GetMe,
        CreateCentre,
        CentreQueries,
        Invitations,
        ChangeMemberRole,
        Pupils,
        BootstrapAdmin,
        ChangePassword,
      ],
    };
  }
}
