import type { RequestReply } from '../message-map';
import { subject } from '../subjects';

export const TestingSubjects = {
  /** The positioning platform sends the users' knowledge elements (idempotent, all-or-nothing). */
  importProfiles: subject('testing', 'cmd', 'import-profiles', 1),
  /** One user's placement profile at a date (rules §4). */
  getProfile: subject('testing', 'qry', 'profile', 1),
  /** Whether each user of a batch (a class, up to 1 000 users) may be certified at a date. */
  getEligibilities: subject('testing', 'qry', 'eligibilities', 1),
} as const;

/** Per-call caps of `testing.cmd.import-profiles.v1`; NATS refuses messages over 1 MB anyway. */
export const PROFILE_IMPORT_MAX_USERS = 1000;
export const PROFILE_IMPORT_MAX_KNOWLEDGE_ELEMENTS = 5000;
/** Cap of `testing.qry.eligibilities.v1`. */
export const ELIGIBILITIES_MAX_USERS = 1000;

export type KnowledgeElementStatus = 'validated' | 'invalidated';

/**
 * One result of a user on a skill, as the positioning platform records it. Knowledge elements are never updated:
 * a new attempt adds a new one, and the latest one (up to a date) is the one that counts.
 */
export interface KnowledgeElementInput {
  /** Competence code of the reference framework, `1.1` to `5.2`. */
  readonly competence: string;
  /** Skill (acquis): `@` + camelCase tube name + level digit 1 to 8, e.g. `@requeteWeb3`. */
  readonly skill: string;
  readonly status: KnowledgeElementStatus;
  readonly challengeId: string | null;
  /** Pix earned on the skill, ≥ 0 and at most 8 (one level), may be fractional; 0 when invalidated. */
  readonly earnedPix: number;
  /** ISO 8601 date-time with a time zone, e.g. `2025-11-03T10:15:00Z`. With `userId` and `skill`, the identity of the element. */
  readonly createdAt: string;
}

export interface ProfileImport {
  readonly userId: number;
  readonly knowledgeElements: readonly KnowledgeElementInput[];
}

/**
 * Re-sending an element already stored (same user, skill and `createdAt`) does not duplicate it: the first one
 * stored is kept. Either every element is valid and the whole import is stored in one transaction, or nothing is
 * stored (`PROFILE_IMPORT_INVALID`, `PROFILE_IMPORT_TOO_LARGE`).
 */
export interface ImportProfilesRequest {
  /** At most {@link PROFILE_IMPORT_MAX_USERS} users, each once, and {@link PROFILE_IMPORT_MAX_KNOWLEDGE_ELEMENTS} elements in all. */
  readonly profiles: readonly ProfileImport[];
}

export interface ImportProfilesResponse {
  /** Users whose profiles were received and are now up to date. */
  readonly usersImported: number;
  /** Elements newly stored by this call. */
  readonly knowledgeElementsImported: number;
  /** Elements received that were already stored (re-sent): ignored. */
  readonly knowledgeElementsAlreadyKnown: number;
}

export interface GetProfileRequest {
  readonly userId: number;
  /** ISO 8601 date-time with a time zone: knowledge elements created after it are ignored. */
  readonly limitDate: string;
}

export interface CompetenceProfileView {
  /** `1.1` to `5.2` */
  readonly code: string;
  readonly name: string;
  /** `1` to `5` */
  readonly areaCode: string;
  /** `floor` of the pix earned on the competence (not capped). */
  readonly pixScore: number;
  /** `floor(pixScore / 8)` (not capped). */
  readonly level: number;
  /** Skills the user directly validated (their latest element is validated), sorted by name. */
  readonly validatedSkills: readonly string[];
}

export interface ProfileView {
  readonly userId: number;
  /** The limit date, normalised to UTC (`toISOString`). */
  readonly limitDate: string;
  /** The 16 competences, in reference order (1.1 → 5.2). */
  readonly competences: readonly CompetenceProfileView[];
  /** Sum of the competences' pix scores. */
  readonly totalPix: number;
  /** At least 5 competences at level 1 or more (rules §4). */
  readonly certifiable: boolean;
  readonly competencesAtLevelOneOrMore: number;
}

export interface GetEligibilitiesRequest {
  /** At most {@link ELIGIBILITIES_MAX_USERS}; a user asked twice is answered once. */
  readonly userIds: readonly number[];
  /** ISO 8601 date-time with a time zone. */
  readonly limitDate: string;
}

export interface EligibilityView {
  readonly userId: number;
  readonly certifiable: boolean;
  readonly competencesAtLevelOneOrMore: number;
  readonly totalPix: number;
}

export interface GetEligibilitiesResponse {
  /** One per distinct user, in the order asked; a user without any knowledge element is not certifiable, with 0. */
  readonly eligibilities: readonly EligibilityView[];
}

/** Request-reply subjects of the testing context and their message types. */
export type TestingRequestMap = {
  [TestingSubjects.importProfiles]: RequestReply<ImportProfilesRequest, ImportProfilesResponse>;
  [TestingSubjects.getProfile]: RequestReply<GetProfileRequest, ProfileView>;
  [TestingSubjects.getEligibilities]: RequestReply<GetEligibilitiesRequest, GetEligibilitiesResponse>;
};
