import { FixedClock } from '@pix/kernel';
import type { CandidateRepository, SessionCandidateStats, WindowRepository } from '../domain/candidate.repository';
import { Session, type SessionProps } from '../domain/session';
import type { SessionRepository } from '../domain/session.repository';
import { SessionViews } from './session-views';

const FIRST_START = new Date('2026-03-16T08:45:00Z');
const HOUR = 60 * 60 * 1000;
const MINUTE = 60 * 1000;

function storedSession(overrides: Partial<SessionProps> = {}): Session {
  return Session.restore({
    id: 208,
    certificationCenterId: 12,
    certificationCenterName: 'Collège Victor Hugo',
    certificationCenterType: 'SCO',
    address: 'Bâtiment A',
    room: 'Salle 2',
    date: '2026-03-16',
    time: '08:30',
    examiner: 'Mme Martin',
    description: null,
    accessCode: 'BCDF23',
    invigilatorPassword: 'BCDFG',
    createdBy: 5,
    createdAt: new Date('2026-03-01T08:00:00Z'),
    finalizedAt: null,
    assignedCertificationOfficerId: null,
    publishedAt: null,
    finalizedBy: null,
    finalization: 0,
    examinerGlobalComment: null,
    hasIncident: false,
    hasJoiningIssue: false,
    ...overrides,
  });
}

/** Views of one session whose first candidate started at {@link FIRST_START}, seen at `now`. */
function viewsAt(now: Date, firstStartedAt: Date | null = FIRST_START): SessionViews {
  const stats: SessionCandidateStats = { count: 2, largestExtraTime: null, started: 1, firstStartedAt };
  const candidates = { statsOf: async () => new Map([[208, stats]]) } as unknown as CandidateRepository;
  const windows = { find: async () => null } as unknown as WindowRepository;
  const sessions = {} as SessionRepository;
  return new SessionViews(sessions, candidates, windows, new FixedClock(now));
}

describe(`${SessionViews.name} — the 48 h finalisation reminder (rules §2.5)`, () => {
  it('does not flag a session 47 h 59 after its first start', async () => {
    const view = await viewsAt(new Date(FIRST_START.getTime() + 47 * HOUR + 59 * MINUTE)).view(storedSession());

    expect(view.finalizationOverdue).toBe(false);
    expect(view.firstStartedAt).toBe(FIRST_START.toISOString());
  });

  it('flags a session 48 h 01 after its first start while it is not finalised', async () => {
    const view = await viewsAt(new Date(FIRST_START.getTime() + 48 * HOUR + MINUTE)).view(storedSession());

    expect(view.finalizationOverdue).toBe(true);
  });

  it('lists the flag with every session of the centre', async () => {
    const [view] = await viewsAt(new Date(FIRST_START.getTime() + 72 * HOUR)).views([storedSession()]);

    expect(view).toMatchObject({ id: 208, finalizationOverdue: true, finalizedAt: null, publishedAt: null });
  });

  it('never flags a finalised session, nor one where nobody started', async () => {
    const late = new Date(FIRST_START.getTime() + 72 * HOUR);

    const finalized = await viewsAt(late).view(storedSession({ finalizedAt: new Date('2026-03-19T09:00:00Z') }));
    const empty = await viewsAt(late, null).view(storedSession());

    expect(finalized).toMatchObject({ finalizationOverdue: false, finalizedAt: '2026-03-19T09:00:00.000Z' });
    expect(empty).toMatchObject({ finalizationOverdue: false, firstStartedAt: null });
  });
});
