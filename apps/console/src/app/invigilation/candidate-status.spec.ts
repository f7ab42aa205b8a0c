import type { InvigilatedCandidate } from '@pix/contracts';
import { candidateActions, candidateStatusLabel, clockTime } from './candidate-status';

function buildCandidate(overrides: Partial<InvigilatedCandidate> = {}): InvigilatedCandidate {
  return {
    id: 41,
    lastName: 'MARTIN',
    firstName: 'Léa',
    birthdate: '2011-03-15',
    extraTimePercentage: null,
    authorizedToStart: false,
    status: 'not_started',
    answeredCount: 0,
    questionCount: 0,
    startedAt: null,
    theoreticalEndAt: null,
    ...overrides,
  };
}

describe(candidateStatusLabel.name, () => {
  it.each<[Partial<InvigilatedCandidate>, string]>([
    [{ status: 'not_started' }, 'Non commencé'],
    [{ status: 'in_progress', answeredCount: 0, questionCount: 15 }, 'En cours – question 1 / 15'],
    [{ status: 'in_progress', answeredCount: 3, questionCount: 15 }, 'En cours – question 4 / 15'],
    [{ status: 'in_progress', answeredCount: 15, questionCount: 15 }, 'En cours – question 15 / 15'],
    [{ status: 'in_progress', answeredCount: 0, questionCount: 0 }, 'En cours'],
    [{ status: 'finished', answeredCount: 15, questionCount: 15 }, 'Terminé'],
    [{ status: 'ended_by_invigilator', answeredCount: 7, questionCount: 15 }, 'Terminé par le surveillant'],
  ])('shows %j as « %s »', (overrides, label) => {
    expect(candidateStatusLabel(buildCandidate(overrides))).toBe(label);
  });
});

describe(candidateActions.name, () => {
  it('confirms the presence of a candidate not started yet, or cancels it once confirmed', () => {
    expect(candidateActions(buildCandidate())).toEqual(['confirm_presence']);
    expect(candidateActions(buildCandidate({ authorizedToStart: true }))).toEqual(['withdraw_presence']);
  });

  it('authorises the resume of a test in progress whose candidate came back, and ends a test in progress', () => {
    const started = { status: 'in_progress' as const, startedAt: '2099-03-17T08:40:00.000Z' };

    expect(candidateActions(buildCandidate({ ...started, authorizedToStart: true }))).toEqual(['end_test']);
    expect(candidateActions(buildCandidate({ ...started, authorizedToStart: false }))).toEqual([
      'authorize_resume',
      'end_test',
    ]);
  });

  it('leaves a finished or ended test alone', () => {
    expect(candidateActions(buildCandidate({ status: 'finished' }))).toEqual([]);
    expect(candidateActions(buildCandidate({ status: 'ended_by_invigilator' }))).toEqual([]);
  });
});

describe(clockTime.name, () => {
  it('writes an instant as a Paris clock time', () => {
    expect(clockTime('2099-03-17T08:05:00.000Z')).toBe('09:05');
    expect(clockTime('2099-07-17T08:05:00.000Z')).toBe('10:05');
  });
});
