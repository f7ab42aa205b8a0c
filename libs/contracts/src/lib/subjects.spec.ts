import { HEALTH_SUBJECTS, healthSubject } from './health';
import { SERVICE_NAMES, isServiceName } from './services';
import { parseSubject, subject } from './subjects';

describe(subject.name, () => {
  it('builds <context>.<kind>.<name>.v<major>', () => {
    expect(subject('sessions', 'cmd', 'finalize', 1)).toBe('sessions.cmd.finalize.v1');
  });

  it.each([
    ['Finalize', 1],
    ['finalize session', 1],
    ['finalize', 0],
    ['finalize', 1.5],
  ])('refuses name %p version %p', (name, version) => {
    expect(() => subject('sessions', 'cmd', name, version)).toThrow();
  });

  it('round-trips through parseSubject', () => {
    expect(parseSubject(subject('jury', 'evt', 'certification-published', 2))).toEqual({
      context: 'jury',
      kind: 'evt',
      name: 'certification-published',
      version: 2,
    });
  });

  it.each(['sessions.finalize.v1', 'sessions.cmd.finalize', 'sessions.cmd.finalize.v0', 'a.b.c.v1'])(
    'does not parse %p',
    (value) => {
      expect(parseSubject(value)).toBeNull();
    },
  );
});

describe('health subjects', () => {
  it('gives every service its own health query', () => {
    expect(HEALTH_SUBJECTS).toEqual(SERVICE_NAMES.map((name) => `${name}.qry.health.v1`));
    expect(healthSubject('documents')).toBe('documents.qry.health.v1');
  });

  it('knows the six services and nothing else', () => {
    expect(SERVICE_NAMES).toHaveLength(6);
    expect(isServiceName('jury')).toBe(true);
    expect(isServiceName('gateway')).toBe(false);
  });
});
