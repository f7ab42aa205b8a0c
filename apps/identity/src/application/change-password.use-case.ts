import { Inject, Injectable } from '@nestjs/common';
import { type ChangePasswordRequest, IdentityErrorCode, type UserView } from '@pix/contracts';
import { type Clock, DomainError } from '@pix/kernel';
import {
  CLOCK,
  PASSWORD_HASHER,
  type PasswordHasher,
  REFRESH_TOKEN_STORE,
  type RefreshTokenStore,
  USER_STORE,
  type UserStore,
} from '../domain/identity.ports';
import { passwordProblems } from '../domain/password-policy';
import { toUserView } from './user-view';

/** The signed-in user sets a new password: required after a temporary one; every other sign-in is revoked. */
@Injectable()
export class ChangePassword {
  constructor(
    @Inject(USER_STORE) private readonly users: UserStore,
    @Inject(REFRESH_TOKEN_STORE) private readonly refreshTokens: RefreshTokenStore,
    @Inject(PASSWORD_HASHER) private readonly hasher: PasswordHasher,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(request: ChangePasswordRequest): Promise<UserView> {
    const user = await this.users.findById(request.userId);
    if (user === null) throw new DomainError(IdentityErrorCode.USER_NOT_FOUND, 'Ce compte n’existe pas.');
    if (!(await this.hasher.verify(user.passwordHash, request.currentPassword))) {
      throw new DomainError(IdentityErrorCode.INVALID_CREDENTIALS, 'Le mot de passe actuel est incorrect.');
    }
    const problems = passwordProblems(request.newPassword, { email: user.email, username: user.username });
    if (request.newPassword === request.currentPassword) {
      problems.push('Le nouveau mot de passe doit être différent de l’actuel.');
    }
    if (problems.length > 0) {
      throw new DomainError(IdentityErrorCode.WEAK_PASSWORD, problems[0] ?? 'Mot de passe refusé.', {
        problems: problems.map((message) => ({ field: 'newPassword', message })),
      });
    }
    await this.users.setPassword(user.id, await this.hasher.hash(request.newPassword), false);
    await this.refreshTokens.revokeAllOf(user.id, this.clock.now());
    return toUserView({ ...user, mustChangePassword: false });
  }
}
