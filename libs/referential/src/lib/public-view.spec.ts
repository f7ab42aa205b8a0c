import type { Challenge } from './challenge';
import { publicView } from './public-view';
import {
  buildQcmChallenge,
  buildQcuChallenge,
  buildQrocChallenge,
  buildQrocmDepChallenge,
  buildQrocmIndChallenge,
} from './testing/challenge-builders';

const SECRET_KEYS = ['solution', 'tolerance', 'expectedCount', 'status', 'skill', 'competence'];

describe(publicView.name, () => {
  it.each<[string, Challenge]>([
    ['QCU', buildQcuChallenge()],
    ['QCM', buildQcmChallenge()],
    ['QROC', buildQrocChallenge()],
    ['QROCM-ind', buildQrocmIndChallenge()],
    ['QROCM-dep', buildQrocmDepChallenge()],
  ])('strips the solution and what reveals the level of a %s', (_type, challenge) => {
    const view = publicView(challenge);

    expect(Object.keys(view).filter((key) => SECRET_KEYS.includes(key))).toEqual([]);
    expect(JSON.stringify(view)).not.toContain('Seine');
    expect(JSON.stringify(view)).not.toContain('Firefox');
    expect(JSON.stringify(view)).not.toContain('IDF');
  });

  it('keeps what the candidate needs to see and answer a choice challenge', () => {
    const challenge = buildQcuChallenge({
      id: 'alpha1-a',
      instruction: 'Quelle proposition ?',
      proposals: ['Une', 'Deux'],
      flags: { timedSeconds: 60, focus: true, illustration: { alt: 'Un schéma' }, attachment: null, embed: null },
    });

    expect(publicView(challenge)).toEqual({
      id: 'alpha1-a',
      type: 'QCU',
      locale: 'fr-fr',
      instruction: 'Quelle proposition ?',
      proposals: ['Une', 'Deux'],
      flags: { timedSeconds: 60, focus: true, illustration: { alt: 'Un schéma' }, attachment: null, embed: null },
    });
  });

  it('keeps the fields of a free-text challenge', () => {
    const view = publicView(buildQrocmIndChallenge());

    expect(view).toMatchObject({
      type: 'QROCM-ind',
      fields: [
        { key: 'capitale', label: 'Capitale :' },
        { key: 'fleuve', label: 'Fleuve :' },
      ],
    });
  });

  it('gives copies, so the view cannot change the bank', () => {
    const challenge = buildQcmChallenge({
      flags: {
        timedSeconds: null,
        focus: false,
        illustration: null,
        attachment: { name: 'a.ods', kind: 'ods' },
        embed: null,
      },
    });

    const view = publicView(challenge);

    expect(view.flags.attachment).not.toBe(challenge.flags.attachment);
    expect(view.type === 'QCM' && view.proposals).not.toBe(challenge.type === 'QCM' && challenge.proposals);
  });
});
