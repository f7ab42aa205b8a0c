import { Inject, Injectable } from '@nestjs/common';
import { IdentityErrorCode, type LoginRequest, type TokenPair } from '@pix/contracts';
import { type Clock, DomainError } from '@pix/kernel';
import {
  CLOCK,
  PASSWORD_HASHER,
  type PasswordHasher,
  THROTTLE_STORE,
  type ThrottleStore,
  USER_STORE,
  type UserStore,
} from '../domain/identity.ports';
import {
  ACCOUNT_AND_IP_RULE,
  accountAndIpKey,
  IP_RULE,
  ipKey,
  recordFailure,
  secondsBlocked,
} from '../domain/login-throttle';
import { TokenIssuer } from './token-issuer';

const INVALID_CREDENTIALS = 'L’identifiant ou le mot de passe est incorrect.';

/** Sign-in with an email or a username and a password; failed attempts are throttled per (login, IP) and per IP. */
@Injectable()
export class Authenticate {
  constructor(
    @Inject(USER_STORE) private readonly users: UserStore,
    @Inject(THROTTLE_STORE) private readonly throttles: ThrottleStore,
    @Inject(PASSWORD_HASHER) private readonly hasher: PasswordHasher,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly tokens: TokenIssuer,
  ) {}

  async execute(request: LoginRequest): Promise<TokenPair> {
    const now = this.clock.now();
    const pairKey = accountAndIpKey(request.login, request.ip);
    const addressKey = ipKey(request.ip);
    const [pairCounter, addressCounter] = await Promise.all([
      this.throttles.get(pairKey),
      this.throttles.get(addressKey),
    ]);
    const wait = Math.max(secondsBlocked(pairCounter, now), secondsBlocked(addressCounter, now));
    if (wait > 0) {
      throw new DomainError(
        IdentityErrorCode.LOGIN_THROTTLED,
        `Trop de tentatives de connexion. Réessayez dans ${Math.ceil(wait / 60)} minute(s).`,
        { retryAfterSeconds: wait },
      );
    }

    const user = await this.users.findByLogin(request.login);
    const valid =
      user === null
        ? (await this.hasher.verifyNothing(request.password), false)
        : await this.hasher.verify(user.passwordHash, request.password);
    if (user === null || !valid) {
      await Promise.all([
        this.throttles.put(pairKey, recordFailure(pairCounter, ACCOUNT_AND_IP_RULE, now)),
        this.throttles.put(addressKey, recordFailure(addressCounter, IP_RULE, now)),
      ]);
      throw new DomainError(IdentityErrorCode.INVALID_CREDENTIALS, INVALID_CREDENTIALS);
    }

    if (pairCounter !== null) await this.throttles.clear(pairKey);
    await this.users.recordLogin(user.id, now);
    return this.tokens.issue(user);
  }
}
