import type {
  CentreAddress,
  CentreRole,
  CentreType,
  CentreView,
  DivisionView,
  ImportPupilsReport,
  MemberView,
  MembershipView,
  PupilView,
  StaffRole,
} from '@pix/contracts';
import type { PupilRecord } from '@pix/imports';
import type { ThrottleCounter } from './login-throttle';

export interface UserRecord {
  readonly id: number;
  readonly firstName: string;
  readonly lastName: string;
  readonly email: string | null;
  readonly username: string | null;
  readonly passwordHash: string;
  readonly staffRole: StaffRole | null;
  readonly mustChangePassword: boolean;
}

export interface NewUser {
  readonly firstName: string;
  readonly lastName: string;
  readonly email: string | null;
  readonly username: string | null;
  readonly passwordHash: string;
  readonly staffRole: StaffRole | null;
  readonly mustChangePassword: boolean;
}

export interface PasswordHasher {
  hash(password: string): Promise<string>;
  verify(passwordHash: string, password: string): Promise<boolean>;
  verifyNothing(password: string): Promise<void>;
}

export interface UserStore {
  findByLogin(login: string): Promise<UserRecord | null>;
  findById(id: number): Promise<UserRecord | null>;
  findByEmail(email: string): Promise<UserRecord | null>;
  /** Null when the email or the username is already taken. */
  create(user: NewUser, now: Date): Promise<UserRecord | null>;
  setPassword(userId: number, passwordHash: string, mustChangePassword: boolean): Promise<void>;
  recordLogin(userId: number, now: Date): Promise<void>;
  takenUsernames(candidates: readonly string[]): Promise<ReadonlySet<string>>;
}

export interface RefreshTokenRecord {
  readonly tokenHash: string;
  readonly familyId: string;
  readonly userId: number;
  readonly idleExpiresAt: Date;
  readonly absoluteExpiresAt: Date;
  readonly rotatedAt: Date | null;
  readonly revokedAt: Date | null;
}

export interface RefreshTokenStore {
  insert(token: Omit<RefreshTokenRecord, 'rotatedAt' | 'revokedAt'>, now: Date): Promise<void>;
  find(tokenHash: string): Promise<RefreshTokenRecord | null>;
  /** Marks the token used; false when another request rotated it first. */
  rotate(tokenHash: string, now: Date): Promise<boolean>;
  revokeFamily(familyId: string, now: Date): Promise<number>;
  revokeAllOf(userId: number, now: Date): Promise<number>;
}

export interface ThrottleStore {
  get(key: string): Promise<ThrottleCounter | null>;
  put(key: string, counter: ThrottleCounter): Promise<void>;
  clear(key: string): Promise<void>;
}

export interface NewCentre {
  readonly type: CentreType;
  readonly name: string;
  readonly uai: string | null;
  readonly address: CentreAddress;
  readonly createdBy: number;
}

export interface InvitationRecord {
  readonly id: number;
  readonly centreId: number;
  readonly email: string;
  readonly role: CentreRole;
  readonly expiresAt: Date;
  readonly acceptedAt: Date | null;
  readonly cancelledAt: Date | null;
}

export interface CentreStore {
  /** Null when the UAI is already used by another centre. */
  create(centre: NewCentre, now: Date): Promise<CentreView | null>;
  findById(centreId: number): Promise<CentreView | null>;
  list(centreIds?: readonly number[]): Promise<CentreView[]>;
  membershipsOf(userId: number): Promise<MembershipView[]>;
  members(centreId: number): Promise<MemberView[]>;
  findMember(centreId: number, userId: number): Promise<MemberView | null>;
  /** Adds the membership, or changes its role when the user is already a member. */
  upsertMember(centreId: number, userId: number, role: CentreRole, now: Date): Promise<void>;
  setRole(centreId: number, userId: number, role: CentreRole): Promise<void>;
  createInvitation(
    invitation: Omit<InvitationRecord, 'id' | 'acceptedAt' | 'cancelledAt'> & { tokenHash: string; invitedBy: number },
    now: Date,
  ): Promise<InvitationRecord>;
  findInvitation(tokenHash: string): Promise<InvitationRecord | null>;
  /** Single use: false when it was accepted or cancelled meanwhile. */
  markInvitationAccepted(invitationId: number, now: Date): Promise<boolean>;
}

/** A pupil as read from the school's pupil base export. */
export type PupilRecordInput = PupilRecord;

export interface PupilFilter {
  readonly division?: string;
  readonly pupilIds?: readonly number[];
  readonly includeInactive?: boolean;
}

export interface PupilStore {
  /** Creates, updates in place and deactivates in one transaction. */
  replaceImport(centreId: number, pupils: readonly PupilRecordInput[], now: Date): Promise<ImportPupilsReport>;
  list(centreId: number, filter: PupilFilter): Promise<PupilView[]>;
  divisions(centreId: number): Promise<DivisionView[]>;
  linkUser(centreId: number, pupilId: number, userId: number, now: Date): Promise<void>;
}

export const USER_STORE = Symbol('USER_STORE');
export const REFRESH_TOKEN_STORE = Symbol('REFRESH_TOKEN_STORE');
export const THROTTLE_STORE = Symbol('THROTTLE_STORE');
export const CENTRE_STORE = Symbol('CENTRE_STORE');
export const PUPIL_STORE = Symbol('PUPIL_STORE');
export const PASSWORD_HASHER = Symbol('PASSWORD_HASHER');
export const CLOCK = Symbol('CLOCK');
export const ACCESS_TOKENS = Symbol('ACCESS_TOKENS');
