import type { RequestReply } from '../message-map';
import { subject } from '../subjects';

/** National Pix staff roles (Pix Admin). */
export const STAFF_ROLES = ['SUPER_ADMIN', 'CERTIF', 'SUPPORT', 'METIER'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

/** Roles inside one certification centre. */
export const CENTRE_ROLES = ['ADMIN', 'MEMBER'] as const;
export type CentreRole = (typeof CENTRE_ROLES)[number];

export const CENTRE_TYPES = ['SCO', 'SUP', 'PRO'] as const;
export type CentreType = (typeof CENTRE_TYPES)[number];

export const IdentitySubjects = {
  login: subject('identity', 'cmd', 'login', 1),
  refresh: subject('identity', 'cmd', 'refresh', 1),
  logout: subject('identity', 'cmd', 'logout', 1),
  createAccount: subject('identity', 'cmd', 'create-account', 1),
  changePassword: subject('identity', 'cmd', 'change-password', 1),
  getMe: subject('identity', 'qry', 'me', 1),
  createCentre: subject('identity', 'cmd', 'create-centre', 1),
  getCentre: subject('identity', 'qry', 'centre', 1),
  listCentres: subject('identity', 'qry', 'centres', 1),
  listMembers: subject('identity', 'qry', 'members', 1),
  inviteMember: subject('identity', 'cmd', 'invite-member', 1),
  getInvitation: subject('identity', 'qry', 'invitation', 1),
  acceptInvitation: subject('identity', 'cmd', 'accept-invitation', 1),
  changeMemberRole: subject('identity', 'cmd', 'change-member-role', 1),
  importPupils: subject('identity', 'cmd', 'import-pupils', 1),
  listPupils: subject('identity', 'qry', 'pupils', 1),
  listDivisions: subject('identity', 'qry', 'divisions', 1),
  createPupilAccount: subject('identity', 'cmd', 'create-pupil-account', 1),
  resetPupilPassword: subject('identity', 'cmd', 'reset-pupil-password', 1),
} as const;

/** What the console shows about the signed-in person. */
export interface UserView {
  readonly id: number;
  readonly firstName: string;
  readonly lastName: string;
  readonly email: string | null;
  readonly username: string | null;
  readonly staffRole: StaffRole | null;
  readonly mustChangePassword: boolean;
}

export interface MembershipView {
  readonly centreId: number;
  readonly centreName: string;
  readonly centreType: CentreType;
  readonly role: CentreRole;
}

export interface MeView {
  readonly user: UserView;
  readonly memberships: readonly MembershipView[];
}

/** What the gateway needs to answer a login or a refresh: the refresh token is set as an HttpOnly cookie. */
export interface TokenPair {
  readonly accessToken: string;
  /** ISO date-time */
  readonly accessTokenExpiresAt: string;
  readonly refreshToken: string;
  /** ISO date-time: the earlier of the inactivity and the absolute timeouts. */
  readonly refreshTokenExpiresAt: string;
  readonly me: MeView;
}

export interface LoginRequest {
  /** An email address or a username. */
  readonly login: string;
  readonly password: string;
  /** The client's address as seen by the gateway, for per-IP throttling. */
  readonly ip: string;
}

export interface RefreshRequest {
  readonly refreshToken: string;
}

export interface LogoutRequest {
  readonly refreshToken: string;
}

export interface CreateAccountRequest {
  readonly firstName: string;
  readonly lastName: string;
  readonly email: string;
  readonly password: string;
  readonly staffRole?: StaffRole | null;
}

/** The signed-in user replaces their password (a temporary one first of all); other sign-ins are revoked. */
export interface ChangePasswordRequest {
  readonly userId: number;
  readonly currentPassword: string;
  readonly newPassword: string;
}

export interface GetMeRequest {
  readonly userId: number;
}

export interface CentreAddress {
  readonly street: string;
  readonly postalCode: string;
  readonly city: string;
}

export interface CentreView {
  readonly id: number;
  readonly type: CentreType;
  readonly name: string;
  /** School identifier (UAI/RNE), e.g. `0750001A`; SCO centres have one. */
  readonly uai: string | null;
  readonly address: CentreAddress;
  readonly createdAt: string;
}

export interface CreateCentreRequest {
  readonly type: CentreType;
  readonly name: string;
  readonly uai?: string | null;
  readonly address: CentreAddress;
  readonly createdBy: number;
}

export interface GetCentreRequest {
  readonly centreId: number;
}

/** Staff see every centre (`centreIds` absent); a member sees only theirs. */
export interface ListCentresRequest {
  readonly centreIds?: readonly number[];
}

export interface MemberView {
  readonly userId: number;
  readonly firstName: string;
  readonly lastName: string;
  readonly email: string | null;
  readonly role: CentreRole;
  readonly since: string;
}

export interface ListMembersRequest {
  readonly centreId: number;
}

export interface InviteMemberRequest {
  readonly centreId: number;
  readonly email: string;
  readonly role: CentreRole;
  readonly invitedBy: number;
}

/** The token is shown once: it is only stored hashed. */
export interface InvitationCreated {
  readonly invitationId: number;
  readonly centreId: number;
  readonly email: string;
  readonly role: CentreRole;
  readonly token: string;
  readonly expiresAt: string;
}

export interface GetInvitationRequest {
  readonly token: string;
}

export interface InvitationView {
  readonly centreId: number;
  readonly centreName: string;
  readonly email: string;
  readonly role: CentreRole;
  readonly expiresAt: string;
  /** True when an account with this email exists: the invitee signs in instead of creating one. */
  readonly accountExists: boolean;
}

export interface AcceptInvitationRequest {
  readonly token: string;
  /** The invitee's password: of their existing account, or of the account created now. */
  readonly password: string;
  /** Required when no account exists yet for the invited email. */
  readonly firstName?: string;
  readonly lastName?: string;
}

export interface ChangeMemberRoleRequest {
  readonly centreId: number;
  readonly userId: number;
  readonly role: CentreRole;
  readonly changedBy: number;
}

export interface ImportPupilsRequest {
  readonly centreId: number;
  readonly fileName: string;
  readonly base64: string;
}

export interface ImportPupilsReport {
  readonly created: number;
  readonly updated: number;
  readonly unchanged: number;
  /** Pupils absent from this file, now inactive (never deleted). */
  readonly deactivated: number;
  readonly divisions: readonly string[];
}

export interface PupilView {
  readonly id: number;
  readonly centreId: number;
  readonly nationalId: string;
  readonly lastName: string;
  readonly firstName: string;
  /** `YYYY-MM-DD` */
  readonly birthdate: string;
  readonly sex: 'M' | 'F';
  readonly division: string;
  readonly birthCountry: string;
  readonly birthINSEECode: string | null;
  readonly birthCity: string;
  readonly active: boolean;
  readonly userId: number | null;
  /** The linked account's username, for the centre's admins. */
  readonly username: string | null;
}

export interface ListPupilsRequest {
  readonly centreId: number;
  readonly division?: string;
  readonly pupilIds?: readonly number[];
  readonly includeInactive?: boolean;
}

export interface ListDivisionsRequest {
  readonly centreId: number;
}

export interface DivisionView {
  readonly name: string;
  readonly activePupils: number;
}

export interface PupilAccountRequest {
  readonly centreId: number;
  readonly pupilId: number;
}

/** Shown once to the centre admin, who hands it to the pupil. */
export interface PupilCredentials {
  readonly pupilId: number;
  readonly userId: number;
  readonly username: string;
  readonly temporaryPassword: string;
}

export type IdentityRequestMap = {
  [IdentitySubjects.login]: RequestReply<LoginRequest, TokenPair>;
  [IdentitySubjects.refresh]: RequestReply<RefreshRequest, TokenPair>;
  [IdentitySubjects.logout]: RequestReply<LogoutRequest, { readonly revoked: boolean }>;
  [IdentitySubjects.createAccount]: RequestReply<CreateAccountRequest, UserView>;
  [IdentitySubjects.changePassword]: RequestReply<ChangePasswordRequest, UserView>;
  [IdentitySubjects.getMe]: RequestReply<GetMeRequest, MeView>;
  [IdentitySubjects.createCentre]: RequestReply<CreateCentreRequest, CentreView>;
  [IdentitySubjects.getCentre]: RequestReply<GetCentreRequest, CentreView>;
  [IdentitySubjects.listCentres]: RequestReply<ListCentresRequest, { readonly centres: readonly CentreView[] }>;
  [IdentitySubjects.listMembers]: RequestReply<ListMembersRequest, { readonly members: readonly MemberView[] }>;
  [IdentitySubjects.inviteMember]: RequestReply<InviteMemberRequest, InvitationCreated>;
  [IdentitySubjects.getInvitation]: RequestReply<GetInvitationRequest, InvitationView>;
  [IdentitySubjects.acceptInvitation]: RequestReply<AcceptInvitationRequest, MembershipView>;
  [IdentitySubjects.changeMemberRole]: RequestReply<ChangeMemberRoleRequest, MemberView>;
  [IdentitySubjects.importPupils]: RequestReply<ImportPupilsRequest, ImportPupilsReport>;
  [IdentitySubjects.listPupils]: RequestReply<ListPupilsRequest, { readonly pupils: readonly PupilView[] }>;
  [IdentitySubjects.listDivisions]: RequestReply<ListDivisionsRequest, { readonly divisions: readonly DivisionView[] }>;
  [IdentitySubjects.createPupilAccount]: RequestReply<PupilAccountRequest, PupilCredentials>;
  [IdentitySubjects.resetPupilPassword]: RequestReply<PupilAccountRequest, PupilCredentials>;
};
