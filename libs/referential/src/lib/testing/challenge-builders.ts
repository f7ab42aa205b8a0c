import type { Challenge, ChallengeFlags } from '../challenge';

/**
 * Test builders. Raw builders give mutable JSON-like content that tests may break on purpose; `build*Challenge` give
 * loaded challenges for answer checking. Not exported from the library.
 */
export type RawChallenge = Record<string, unknown>;
export interface RawSkill {
  level: unknown;
  challenges: RawChallenge[];
}
export interface RawTube {
  name: string;
  title: string;
  skills: RawSkill[];
}
export interface RawChallengeFile {
  competence: string;
  tubes: RawTube[];
}

export const NO_FLAGS: ChallengeFlags = {
  timedSeconds: null,
  focus: false,
  illustration: null,
  attachment: null,
  embed: null,
};

export function rawChallenge(overrides: RawChallenge = {}): RawChallenge {
  return {
    id: 'alpha1-a',
    type: 'QCU',
    status: 'validé',
    locale: 'fr-fr',
    instruction: 'Quelle est la bonne réponse ?',
    proposals: ['Celle-ci', 'Celle-là', 'Aucune'],
    solution: 1,
    flags: { ...NO_FLAGS },
    ...overrides,
  };
}

/** A valid file: each tube has levels 1 to 6, each skill two QCU challenges (a and b). */
export function rawChallengeFile(
  competence = '1.1',
  tubeNames: readonly string[] = ['@alpha', '@beta'],
): RawChallengeFile {
  return {
    competence,
    tubes: tubeNames.map((name) => ({
      name,
      title: `Titre de ${name}`,
      skills: [1, 2, 3, 4, 5, 6].map((level) => ({
        level,
        challenges: ['a', 'b'].map((letter) => rawChallenge({ id: `${name.slice(1)}${level}-${letter}` })),
      })),
    })),
  };
}

export function rawSource(content: RawChallengeFile, fileName = `${content.competence}.json`) {
  return { fileName, content };
}

const common = {
  status: 'validé',
  locale: 'fr-fr',
  instruction: 'Consigne',
  flags: NO_FLAGS,
  skill: '@alpha1',
  competence: '1.1',
} as const;

export function buildQcuChallenge(overrides: Partial<Extract<Challenge, { type: 'QCU' }>> = {}): Challenge {
  return { ...common, id: 'alpha1-a', type: 'QCU', proposals: ['A', 'B', 'C'], solution: 2, ...overrides };
}

export function buildQcmChallenge(overrides: Partial<Extract<Challenge, { type: 'QCM' }>> = {}): Challenge {
  return { ...common, id: 'alpha1-b', type: 'QCM', proposals: ['A', 'B', 'C', 'D'], solution: [1, 3], ...overrides };
}

export function buildQrocChallenge(overrides: Partial<Extract<Challenge, { type: 'QROC' }>> = {}): Challenge {
  return {
    ...common,
    id: 'alpha2-a',
    type: 'QROC',
    fields: [{ key: 'reponse', label: 'Réponse :' }],
    solution: { reponse: ['Île-de-France', 'IDF'] },
    tolerance: [],
    ...overrides,
  };
}

export function buildQrocmIndChallenge(overrides: Partial<Extract<Challenge, { type: 'QROCM-ind' }>> = {}): Challenge {
  return {
    ...common,
    id: 'alpha2-b',
    type: 'QROCM-ind',
    fields: [
      { key: 'capitale', label: 'Capitale :' },
      { key: 'fleuve', label: 'Fleuve :' },
    ],
    solution: { capitale: ['Paris'], fleuve: ['Seine'] },
    tolerance: ['t1'],
    ...overrides,
  };
}

export function buildQrocmDepChallenge(overrides: Partial<Extract<Challenge, { type: 'QROCM-dep' }>> = {}): Challenge {
  return {
    ...common,
    id: 'alpha3-a',
    type: 'QROCM-dep',
    fields: [
      { key: 'r1', label: 'Réponse 1 :' },
      { key: 'r2', label: 'Réponse 2 :' },
      { key: 'r3', label: 'Réponse 3 :' },
    ],
    solution: { '*': ['Firefox', 'Chrome', 'Edge', 'Safari', 'Opera'] },
    expectedCount: 3,
    tolerance: ['t1', 't2', 't3'],
    ...overrides,
  };
}
