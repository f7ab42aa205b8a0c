import { Inject, Injectable } from '@nestjs/common';
import {
  type AcceptInvitationRequest,
  type GetInvitationRequest,
  IdentityErrorCode,
  type InvitationCreated,
  type InvitationView,
  type InviteMemberRequest,
  type MembershipView,
} from '@pix/contracts';
import { type Clock, DomainError } from '@pix/kernel';
import { isEmail, normalizeEmail } from '../domain/credentials';
import {
  CENTRE_STORE,
  type CentreStore,
  CLOCK,
  type InvitationRecord,
  PASSWORD_HASHER,
  type PasswordHasher,
  USER_STORE,
  type UserStore,
} from '../domain/identity.ports';
import { IDENTITY_CONFIG, type IdentityConfig } from '../identity.config';
import { hashOpaqueToken, newOpaqueToken } from '../infrastructure/security/opaque-tokens';
import { centreNotFound } from './centre-queries.use-case';
import { checkAccountFields } from './create-account.use-case';

const NOT_FOUND = 'Cette invitation n’existe pas ou a déjà été utilisée.';

/** A centre ADMIN invites a member by email: a link with a single-use token that expires. */
@Injectable()
export class Invitations {
  constructor(
    @Inject(CENTRE_STORE) private readonly centres: CentreStore,
    @Inject(USER_STORE) private readonly users: UserStore,
    @Inject(PASSWORD_HASHER) private readonly hasher: PasswordHasher,
    @Inject(IDENTITY_CONFIG) private readonly config: IdentityConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async invite(request: InviteMemberRequest): Promise<InvitationCreated> {
    const email = normalizeEmail(request.email);
    if (!isEmail(email)) {
      throw new DomainError(IdentityErrorCode.INVITATION_INVALID, 'L’adresse e-mail n’est pas valide.', {
        problems: [{ field: 'email', message: 'L’adresse e-mail n’est pas valide.' }],
      });
    }
    if ((await this.centres.findById(request.centreId)) === null) throw centreNotFound();
    const existing = await this.users.findByEmail(email);
    if (existing !== null && (await this.centres.findMember(request.centreId, existing.id)) !== null) {
      throw new DomainError(IdentityErrorCode.ALREADY_MEMBER, 'Cette personne est déjà membre du centre.');
    }
    const now = this.clock.now();
    const token = newOpaqueToken();
    const invitation = await this.centres.createInvitation(
      {
        centreId: request.centreId,
        email,
        role: request.role,
        tokenHash: hashOpaqueToken(token),
        invitedBy: request.invitedBy,
        expiresAt: new Date(now.getTime() + this.config.INVITATION_TTL_SECONDS * 1000),
      },
      now,
    );
    return {
      invitationId: invitation.id,
      centreId: invitation.centreId,
      email: invitation.email,
      role: invitation.role,
      token,
      expiresAt: invitation.expiresAt.toISOString(),
    };
  }

  async get(request: GetInvitationRequest): Promise<InvitationView> {
    const invitation = await this.usable(request.token);
    const centre = await this.centres.findById(invitation.centreId);
    if (centre === null) throw centreNotFound();
    return {
      centreId: centre.id,
      centreName: centre.name,
      email: invitation.email,
      role: invitation.role,
      expiresAt: invitation.expiresAt.toISOString(),
      accountExists: (await this.users.findByEmail(invitation.email)) !== null,
    };
  }

  /** With an existing account the password proves who accepts; otherwise the account is created now. */
  async accept(request: AcceptInvitationRequest): Promise<MembershipView> {
    const invitation = await this.usable(request.token);
    const now = this.clock.now();
    let user = await this.users.findByEmail(invitation.email);
    if (user !== null) {
      if (!(await this.hasher.verify(user.passwordHash, request.password))) {
        throw new DomainError(IdentityErrorCode.INVALID_CREDENTIALS, 'Le mot de passe est incorrect.');
      }
    } else {
      const fields = {
        firstName: request.firstName ?? '',
        lastName: request.lastName ?? '',
        email: invitation.email,
        password: request.password,
      };
      checkAccountFields(fields);
      user = await this.users.create(
        {
          firstName: fields.firstName.trim(),
          lastName: fields.lastName.trim(),
          email: invitation.email,
          username: null,
          passwordHash: await this.hasher.hash(request.password),
          staffRole: null,
          mustChangePassword: false,
        },
        now,
      );
      if (user === null) {
        throw new DomainError(IdentityErrorCode.EMAIL_ALREADY_USED, 'Un compte existe déjà avec cette adresse e-mail.');
      }
    }
    if (!(await this.centres.markInvitationAccepted(invitation.id, now))) {
      throw new DomainError(IdentityErrorCode.INVITATION_NOT_FOUND, NOT_FOUND);
    }
    await this.centres.upsertMember(invitation.centreId, user.id, invitation.role, now);
    const membership = (await this.centres.membershipsOf(user.id)).find(
      (candidate) => candidate.centreId === invitation.centreId,
    );
    if (membership === undefined) throw new Error('membership missing right after it was written');
    return membership;
  }

  private async usable(token: string): Promise<InvitationRecord> {
    const invitation = await this.centres.findInvitation(hashOpaqueToken(token));
    if (invitation === null || invitation.acceptedAt !== null || invitation.cancelledAt !== null) {
      throw new DomainError(IdentityErrorCode.INVITATION_NOT_FOUND, NOT_FOUND);
    }
    if (invitation.expiresAt <= this.clock.now()) {
      throw new DomainError(
        IdentityErrorCode.INVITATION_EXPIRED,
        'Cette invitation a expiré. Demandez à l’administrateur du centre de vous en envoyer une nouvelle.',
      );
    }
    return invitation;
  }
}
