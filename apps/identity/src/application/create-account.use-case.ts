import { Inject, Injectable } from '@nestjs/common';
import { type CreateAccountRequest, IdentityErrorCode, type UserView } from '@pix/contracts';
import { type Clock, DomainError } from '@pix/kernel';
import { isEmail, normalizeEmail } from '../domain/credentials';
import { CLOCK, PASSWORD_HASHER, type PasswordHasher, USER_STORE, type UserStore } from '../domain/identity.ports';
import { passwordProblems } from '../domain/password-policy';
import { toUserView } from './user-view';

export interface AccountFields {
  readonly firstName: string;
  readonly lastName: string;
  readonly email: string;
  readonly password: string;
}

/** Checks the fields of a new account; throws with every problem at once. */
export function checkAccountFields(fields: AccountFields): void {
  const problems: { field: string; message: string }[] = [];
  if (fields.firstName.trim().length === 0)
    problems.push({ field: 'firstName', message: 'Le prénom est obligatoire.' });
  if (fields.lastName.trim().length === 0) problems.push({ field: 'lastName', message: 'Le nom est obligatoire.' });
  if (!isEmail(normalizeEmail(fields.email))) {
    problems.push({ field: 'email', message: 'L’adresse e-mail n’est pas valide.' });
  }
  if (problems.length > 0) {
    throw new DomainError(IdentityErrorCode.ACCOUNT_INVALID, 'Le compte comporte des informations invalides.', {
      problems,
    });
  }
  const weak = passwordProblems(fields.password, { email: fields.email });
  if (weak.length > 0) {
    throw new DomainError(IdentityErrorCode.WEAK_PASSWORD, weak[0] ?? 'Mot de passe refusé.', {
      problems: weak.map((message) => ({ field: 'password', message })),
    });
  }
}

/** Creates an account with an email (staff accounts, or an invitee without one). */
@Injectable()
export class CreateAccount {
  constructor(
    @Inject(USER_STORE) private readonly users: UserStore,
    @Inject(PASSWORD_HASHER) private readonly hasher: PasswordHasher,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(request: CreateAccountRequest): Promise<UserView> {
    checkAccountFields(request);
    const user = await this.users.create(
      {
        firstName: request.firstName.trim(),
        lastName: request.lastName.trim(),
        email: normalizeEmail(request.email),
        username: null,
        passwordHash: await this.hasher.hash(request.password),
        staffRole: request.staffRole ?? null,
        mustChangePassword: false,
      },
      this.clock.now(),
    );
    if (user === null) {
      throw new DomainError(IdentityErrorCode.EMAIL_ALREADY_USED, 'Un compte existe déjà avec cette adresse e-mail.');
    }
    return toUserView(user);
  }
}
