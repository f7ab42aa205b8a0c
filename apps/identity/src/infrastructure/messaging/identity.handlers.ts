import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  CENTRE_ROLES,
  CENTRE_TYPES,
  type CentreView,
  type DivisionView,
  IdentitySubjects,
  type ImportPupilsReport,
  type InvitationCreated,
  type InvitationView,
  type MeView,
  type MemberView,
  type MembershipView,
  type PupilCredentials,
  type PupilView,
  STAFF_ROLES,
  type TokenPair,
  type UserView,
} from '@pix/contracts';
import { parseWith } from '@pix/platform';
import { z } from 'zod';
import { Authenticate } from '../../application/authenticate.use-case';
import { CentreQueries } from '../../application/centre-queries.use-case';
import { ChangeMemberRole } from '../../application/change-member-role.use-case';
import { ChangePassword } from '../../application/change-password.use-case';
import { CreateAccount } from '../../application/create-account.use-case';
import { CreateCentre } from '../../application/create-centre.use-case';
import { GetMe } from '../../application/get-me.use-case';
import { Invitations } from '../../application/invitations.use-case';
import { Logout } from '../../application/logout.use-case';
import { Pupils } from '../../application/pupils.use-case';
import { RefreshTokens } from '../../application/refresh-tokens.use-case';

const id = z.number().int().positive();
const text = (max: number) => z.string().max(max);
const token = z.string().min(1).max(200);
const INVALID_MESSAGE = 'Le message reçu est invalide.';

const schemas = {
  login: z.object({ login: text(254), password: text(1024), ip: text(64) }),
  refresh: z.object({ refreshToken: token }),
  createAccount: z.object({
    firstName: text(100),
    lastName: text(100),
    email: text(254),
    password: text(1024),
    staffRole: z.enum(STAFF_ROLES).nullish(),
  }),
  me: z.object({ userId: id }),
  changePassword: z.object({ userId: id, currentPassword: text(1024), newPassword: text(1024) }),
  createCentre: z.object({
    type: z.enum(CENTRE_TYPES),
    name: text(255),
    uai: text(20).nullish(),
    address: z.object({ street: text(255), postalCode: text(10), city: text(255) }),
    createdBy: id,
  }),
  centre: z.object({ centreId: id }),
  centres: z.object({ centreIds: z.array(id).max(1000).optional() }),
  invite: z.object({ centreId: id, email: text(254), role: z.enum(CENTRE_ROLES), invitedBy: id }),
  invitation: z.object({ token }),
  accept: z.object({ token, password: text(1024), firstName: text(100).optional(), lastName: text(100).optional() }),
  changeRole: z.object({ centreId: id, userId: id, role: z.enum(CENTRE_ROLES), changedBy: id }),
  importPupils: z.object({ centreId: id, fileName: text(255), base64: z.string().max(14_000_000) }),
  pupils: z.object({
    centreId: id,
    division: text(100).optional(),
    pupilIds: z.array(id).max(5000).optional(),
    includeInactive: z.boolean().optional(),
  }),
  pupil: z.object({ centreId: id, pupilId: id }),
};

/** Subject -> use case, nothing else. */
@Controller()
export class IdentityHandlers {
  constructor(
    private readonly authenticate: Authenticate,
    private readonly refreshTokens: RefreshTokens,
    private readonly logoutUseCase: Logout,
    private readonly createAccountUseCase: CreateAccount,
    private readonly getMe: GetMe,
    private readonly createCentreUseCase: CreateCentre,
    private readonly centreQueries: CentreQueries,
    private readonly invitations: Invitations,
    private readonly changeMemberRole: ChangeMemberRole,
    private readonly pupilsUseCase: Pupils,
    private readonly changePasswordUseCase: ChangePassword,
  ) {}

  @MessagePattern(IdentitySubjects.changePassword)
  changePassword(@Payload() payload: unknown): Promise<UserView> {
    return this.changePasswordUseCase.execute(parseWith(schemas.changePassword, payload, INVALID_MESSAGE));
  }

  @MessagePattern(IdentitySubjects.login)
  login(@Payload() payload: unknown): Promise<TokenPair> {
    return this.authenticate.execute(parseWith(schemas.login, payload, INVALID_MESSAGE));
  }

  @MessagePattern(IdentitySubjects.refresh)
  refresh(@Payload() payload: unknown): Promise<TokenPair> {
    return this.refreshTokens.execute(parseWith(schemas.refresh, payload, INVALID_MESSAGE));
  }

  @MessagePattern(IdentitySubjects.logout)
  logout(@Payload() payload: unknown): Promise<{ revoked: boolean }> {
    return this.logoutUseCase.execute(parseWith(schemas.refresh, payload, INVALID_MESSAGE));
  }

  @MessagePattern(IdentitySubjects.createAccount)
  createAccount(@Payload() payload: unknown): Promise<UserView> {
    return this.createAccountUseCase.execute(parseWith(schemas.createAccount, payload, INVALID_MESSAGE));
  }

  @MessagePattern(IdentitySubjects.getMe)
  me(@Payload() payload: unknown): Promise<MeView> {
    return this.getMe.execute(parseWith(schemas.me, payload, INVALID_MESSAGE));
  }

  @MessagePattern(IdentitySubjects.createCentre)
  createCentre(@Payload() payload: unknown): Promise<CentreView> {
    return this.createCentreUseCase.execute(parseWith(schemas.createCentre, payload, INVALID_MESSAGE));
  }

  @MessagePattern(IdentitySubjects.getCentre)
  centre(@Payload() payload: unknown): Promise<CentreView> {
    return this.centreQueries.get(parseWith(schemas.centre, payload, INVALID_MESSAGE));
  }

  @MessagePattern(IdentitySubjects.listCentres)
  centres(@Payload() payload: unknown): Promise<{ centres: CentreView[] }> {
    return this.centreQueries.list(parseWith(schemas.centres, payload, INVALID_MESSAGE));
  }

  @MessagePattern(IdentitySubjects.listMembers)
  members(@Payload() payload: unknown): Promise<{ members: MemberView[] }> {
    return this.centreQueries.members(parseWith(schemas.centre, payload, INVALID_MESSAGE));
  }

  @MessagePattern(IdentitySubjects.inviteMember)
  invite(@Payload() payload: unknown): Promise<InvitationCreated> {
    return this.invitations.invite(parseWith(schemas.invite, payload, INVALID_MESSAGE));
  }

  @MessagePattern(IdentitySubjects.getInvitation)
  invitation(@Payload() payload: unknown): Promise<InvitationView> {
    return this.invitations.get(parseWith(schemas.invitation, payload, INVALID_MESSAGE));
  }

  @MessagePattern(IdentitySubjects.acceptInvitation)
  accept(@Payload() payload: unknown): Promise<MembershipView> {
    return this.invitations.accept(parseWith(schemas.accept, payload, INVALID_MESSAGE));
  }

  @MessagePattern(IdentitySubjects.changeMemberRole)
  changeRole(@Payload() payload: unknown): Promise<MemberView> {
    return this.changeMemberRole.execute(parseWith(schemas.changeRole, payload, INVALID_MESSAGE));
  }

  @MessagePattern(IdentitySubjects.importPupils)
  importPupils(@Payload() payload: unknown): Promise<ImportPupilsReport> {
    return this.pupilsUseCase.import(parseWith(schemas.importPupils, payload, INVALID_MESSAGE));
  }

  @MessagePattern(IdentitySubjects.listPupils)
  pupils(@Payload() payload: unknown): Promise<{ pupils: PupilView[] }> {
    return this.pupilsUseCase.list(parseWith(schemas.pupils, payload, INVALID_MESSAGE));
  }

  @MessagePattern(IdentitySubjects.listDivisions)
  divisions(@Payload() payload: unknown): Promise<{ divisions: DivisionView[] }> {
    return this.pupilsUseCase.divisions(parseWith(schemas.centre, payload, INVALID_MESSAGE));
  }

  @MessagePattern(IdentitySubjects.createPupilAccount)
  createPupilAccount(@Payload() payload: unknown): Promise<PupilCredentials> {
    return this.pupilsUseCase.createAccount(parseWith(schemas.pupil, payload, INVALID_MESSAGE));
  }

  @MessagePattern(IdentitySubjects.resetPupilPassword)
  resetPupilPassword(@Payload() payload: unknown): Promise<PupilCredentials> {
    return this.pupilsUseCase.resetPassword(parseWith(schemas.pupil, payload, INVALID_MESSAGE));
  }
}
