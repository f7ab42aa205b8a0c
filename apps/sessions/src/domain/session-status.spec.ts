import { CENTRE_STATUS_LABELS, type SessionLifecycle, sessionStatus } from './session-status';

const lifecycle = (overrides: Partial<SessionLifecycle> = {}): SessionLifecycle => ({
  finalizedAt: null,
  assignedCertificationOfficerId: null,
  publishedAt: null,
  ...overrides,
});

describe(sessionStatus.name, () => {
  it.each<[string, Partial<SessionLifecycle>, string]>([
    ['a new session', {}, 'created'],
    ['a finalised session', { finalizedAt: new Date('2026-03-10T10:00:00Z') }, 'finalized'],
    [
      'a session a jury member took',
      { finalizedAt: new Date('2026-03-10T10:00:00Z'), assignedCertificationOfficerId: 7 },
      'in_process',
    ],
    [
      'a published session',
      {
        finalizedAt: new Date('2026-03-10T10:00:00Z'),
        assignedCertificationOfficerId: 7,
        publishedAt: new Date('2026-03-20T10:00:00Z'),
      },
      'processed',
    ],
  ])('derives %s as %s', (_, overrides, expected) => {
    expect(sessionStatus(lifecycle(overrides))).toBe(expected);
  });

  it('lets publication win over everything else', () => {
    expect(sessionStatus(lifecycle({ publishedAt: new Date('2026-03-20T10:00:00Z') }))).toBe('processed');
  });

  it('shows a session in process as finalised to the centre', () => {
    expect(
      CENTRE_STATUS_LABELS[sessionStatus(lifecycle({ assignedCertificationOfficerId: 3, finalizedAt: new Date() }))],
    ).toBe('Finalisée');
  });
});
