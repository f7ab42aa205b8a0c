import type { PupilEligibility, SignedInResponse } from '@pix/api-types';
import type { CandidateView, CentreView, MembershipView, MeView, SessionView, UserView } from '@pix/contracts';

/** Test data with every field defaulted: a SCO collège, its admin, a session planned there. */

export function buildUser(overrides: Partial<UserView> = {}): UserView {
  return {
    id: 11,
    firstName: 'Claire',
    lastName: 'Moreau',
    email: 'claire.moreau@college-jean-moulin.fr',
    username: null,
    staffRole: null,
    mustChangePassword: false,
    ...overrides,
  };
}

export function buildMembership(overrides: Partial<MembershipView> = {}): MembershipView {
  return { centreId: 3, centreName: 'Collège Jean Moulin', centreType: 'SCO', role: 'ADMIN', ...overrides };
}

export function buildMe(overrides: { user?: Partial<UserView>; memberships?: readonly MembershipView[] } = {}): MeView {
  return { user: buildUser(overrides.user), memberships: overrides.memberships ?? [buildMembership()] };
}

export function buildSignedIn(accessToken: string, expiresAt: Date, me: MeView = buildMe()): SignedInResponse {
  return { accessToken, accessTokenExpiresAt: expiresAt.toISOString(), me };
}

export function buildCentre(overrides: Partial<CentreView> = {}): CentreView {
  return {
    id: 3,
    type: 'SCO',
    name: 'Collège Jean Moulin',
    uai: '0750001A',
    address: { street: '12 rue des Écoles', postalCode: '75005', city: 'Paris' },
    createdAt: '2026-09-01T08:00:00.000Z',
    ...overrides,
  };
}

export function buildSession(overrides: Partial<SessionView> = {}): SessionView {
  return {
    id: 669,
    certificationCenterId: 3,
    certificationCenterName: 'Collège Jean Moulin',
    certificationCenterType: 'SCO',
    address: 'Bâtiment B',
    room: 'Salle multimédia',
    date: '2027-04-14',
    time: '13:30',
    examiner: 'Sophie Dupont',
    description: null,
    accessCode: 'TQVF63',
    invigilatorPassword: 'C-24WB4',
    status: 'created',
    createdBy: 11,
    createdAt: '2027-03-01T10:00:00.000Z',
    candidateCount: 0,
    expectedEndTime: '15:30',
    deletable: true,
    warnings: [],
    firstStartedAt: null,
    finalizedAt: null,
    publishedAt: null,
    finalizationOverdue: false,
    ...overrides,
  };
}

export function buildCandidate(overrides: Partial<CandidateView> = {}): CandidateView {
  return {
    id: 41,
    sessionId: 669,
    firstName: 'Léa',
    lastName: 'Martin',
    sex: 'F',
    birthdate: '2011-03-07',
    birthCountry: 'France',
    birthINSEECode: '75056',
    birthPostalCode: null,
    birthCity: 'Paris',
    externalId: null,
    division: '3A',
    pupilId: 7,
    email: null,
    resultRecipientEmail: null,
    extraTimePercentage: null,
    billingMode: null,
    prepaymentCode: null,
    userId: null,
    reconciledAt: null,
    ...overrides,
  };
}

export function buildPupilEligibility(overrides: Partial<PupilEligibility> = {}): PupilEligibility {
  return {
    pupilId: 7,
    lastName: 'Martin',
    firstName: 'Léa',
    birthdate: '2011-03-07',
    username: null,
    hasAccount: false,
    certifiable: false,
    competencesAtLevelOneOrMore: 0,
    totalPix: 0,
    ...overrides,
  };
}

/** The gateway's error body. */
export function apiErrorBody(
  statusCode: number,
  code: string,
  message: string,
  details?: Record<string, unknown>,
): Record<string, unknown> {
  return { statusCode, code, message, ...(details === undefined ? {} : { details }), correlationId: 'corr-1' };
}

/** Text of an element, whitespace and non-breaking spaces collapsed. */
export function textOf(element: Element | null | undefined): string | undefined {
  return element?.textContent?.replace(/[\s\u00a0]+/g, ' ').trim();
}
