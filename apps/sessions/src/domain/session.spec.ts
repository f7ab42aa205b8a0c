import { DomainError, FixedClock, seededRandomInt } from '@pix/kernel';
import { Session, type SessionPlanning } from './session';

const clock = new FixedClock(new Date('2026-03-02T09:00:00Z'));

function planning(overrides: Partial<SessionPlanning> = {}): SessionPlanning {
  return {
    certificationCenterId: 12,
    certificationCenterName: 'Collège Victor Hugo',
    certificationCenterType: 'SCO',
    createdBy: 5,
    address: 'Bâtiment A',
    room: 'Salle informatique 2',
    date: '2026-03-16',
    time: '08:30',
    examiner: 'Mme Martin',
    description: null,
    ...overrides,
  };
}

function problemsOf(fn: () => unknown): { field: string; message: string }[] {
  try {
    fn();
  } catch (error) {
    if (error instanceof DomainError)
      return (error.details?.['problems'] as { field: string; message: string }[]) ?? [];
    throw error;
  }
  throw new Error('expected a DomainError');
}

describe(Session.name, () => {
  it('plans a session with an access code and an invigilator password', () => {
    const session = Session.plan(planning({ address: '  Bâtiment A ' }), clock, seededRandomInt(1)).toProps();

    expect(session).toMatchObject({
      id: undefined,
      address: 'Bâtiment A',
      date: '2026-03-16',
      time: '08:30',
      createdAt: clock.now(),
    });
    expect(session.accessCode).toMatch(/^[BCDFGHJKMPQRTVWXY]{4}[2346789]{2}$/);
    expect(session.invigilatorPassword).toMatch(/^[2346789BCDFGHJKMPQRTVWXY]{5}$/);
  });

  it('starts as created', () => {
    expect(Session.plan(planning(), clock).status).toBe('created');
  });

  it('accepts a session today', () => {
    expect(Session.plan(planning({ date: '2026-03-02' }), clock).toProps().date).toBe('2026-03-02');
  });

  it('lists every invalid field at once, in French', () => {
    const problems = problemsOf(() =>
      Session.plan(planning({ address: ' ', room: '', examiner: '', date: '16/03/2026', time: '8h30' }), clock),
    );

    expect(problems.map((problem) => problem.field)).toEqual(['address', 'room', 'examiner', 'time', 'date']);
    expect(problems[0]?.message).toBe('Le nom du site est obligatoire.');
  });

  it.each(['2026-02-30', '2026-13-01', '26-03-16'])('refuses the impossible date %p', (date) => {
    expect(problemsOf(() => Session.plan(planning({ date }), clock))).toEqual([
      { field: 'date', message: 'La date de début doit être une date valide au format AAAA-MM-JJ.' },
    ]);
  });

  it('refuses a session in the past', () => {
    expect(problemsOf(() => Session.plan(planning({ date: '2026-03-01' }), clock))).toEqual([
      { field: 'date', message: 'La date de début ne peut pas être dans le passé.' },
    ]);
  });

  it.each(['24:00', '23:60', '7:30', '07:5'])('refuses the time %p', (time) => {
    expect(problemsOf(() => Session.plan(planning({ time }), clock)).map((problem) => problem.field)).toEqual(['time']);
  });

  it('keeps observations, and treats blank ones as none', () => {
    expect(Session.plan(planning({ description: ' Tiers temps pour 2 élèves ' }), clock).toProps().description).toBe(
      'Tiers temps pour 2 élèves',
    );
    expect(Session.plan(planning({ description: '   ' }), clock).toProps().description).toBeNull();
  });

  describe('finalisation (rules §2.4, §8)', () => {
    const at = new Date('2026-03-16T12:00:00Z');
    const answers = { finalizedBy: 5, examinerGlobalComment: null, hasIncident: true, hasJoiningIssue: false };

    it('finalises a created session once, numbering the finalisation', () => {
      const finalized = Session.plan(planning(), clock).finalize(answers, at);

      expect(finalized.status).toBe('finalized');
      expect(finalized.isAccessible).toBe(false);
      expect(finalized.toProps()).toMatchObject({
        finalizedAt: at,
        finalizedBy: 5,
        finalization: 1,
        hasIncident: true,
      });
      expect(() => finalized.finalize(answers, at)).toThrow(
        expect.objectContaining({ code: 'SESSION_ALREADY_FINALIZED' }),
      );
    });

    it('reopens an unpublished session, unassigned, keeping its answers; the next finalisation is the second', () => {
      const taken = Session.plan(planning(), clock)
        .finalize(answers, at)
        .withJuryStatus({ assignedCertificationOfficerId: 9, publishedAt: null });

      const reopened = taken.unfinalize();

      expect(taken.status).toBe('in_process');
      expect(reopened.status).toBe('created');
      expect(reopened.toProps()).toMatchObject({
        finalizedAt: null,
        assignedCertificationOfficerId: null,
        hasIncident: true,
      });
      expect(reopened.finalize(answers, at).finalization).toBe(2);
    });

    it('refuses to unfinalise a session never finalised, or published', () => {
      const published = Session.plan(planning(), clock)
        .finalize(answers, at)
        .withJuryStatus({ assignedCertificationOfficerId: 9, publishedAt: at });

      expect(published.status).toBe('processed');
      expect(() => published.unfinalize()).toThrow(expect.objectContaining({ code: 'SESSION_NOT_UNFINALIZABLE' }));
      expect(() => Session.plan(planning(), clock).unfinalize()).toThrow(
        expect.objectContaining({ code: 'SESSION_NOT_UNFINALIZABLE' }),
      );
    });

    it('takes no jury status before the finalisation', () => {
      expect(() =>
        Session.plan(planning(), clock).withJuryStatus({ assignedCertificationOfficerId: 9, publishedAt: null }),
      ).toThrow(expect.objectContaining({ code: 'SESSION_NOT_EDITABLE' }));
    });
  });
});
