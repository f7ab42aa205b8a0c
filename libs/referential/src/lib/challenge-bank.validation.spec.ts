import { validateChallengeFiles } from './challenge-bank.validation';
import { rawChallenge, rawChallengeFile, type RawChallengeFile, rawSource } from './testing/challenge-builders';

function problemsOf(...files: RawChallengeFile[]): readonly string[] {
  return validateChallengeFiles(files.map((file) => rawSource(file))).problems;
}

/** Merges the overrides into a challenge; an override set to undefined removes the key. */
function setChallenge(file: RawChallengeFile, tube: number, level: number, index: number, overrides: object): void {
  const skill = file.tubes[tube].skills.find((candidate) => candidate.level === level);
  if (!skill) throw new Error(`no level ${level}`);
  const merged = Object.entries({ ...skill.challenges[index], ...overrides }).filter(
    ([, value]) => value !== undefined,
  );
  skill.challenges[index] = Object.fromEntries(merged);
}

const qroc = {
  type: 'QROC',
  proposals: undefined,
  fields: [{ key: 'reponse', label: 'Réponse :' }],
  solution: { reponse: ['Paris'] },
  tolerance: ['t1'],
};

describe(validateChallengeFiles.name, () => {
  it('accepts a well-formed file and returns it', () => {
    const file = rawChallengeFile();

    const validation = validateChallengeFiles([rawSource(file)]);

    expect(validation.problems).toEqual([]);
    expect(validation.files.map(({ fileName }) => fileName)).toEqual(['1.1.json']);
  });

  it('reports a missing level with its file and tube, and keeps the file out', () => {
    const file = rawChallengeFile();
    file.tubes[1].skills = file.tubes[1].skills.filter((skill) => skill.level !== 4);

    const validation = validateChallengeFiles([rawSource(file)]);

    expect(validation.problems).toEqual(['1.1.json › @beta: level 4 is missing (levels 1 to 6 are required)']);
    expect(validation.files).toEqual([]);
  });

  it('accepts optional levels 7 and 8 but refuses a level twice or above 8', () => {
    const file = rawChallengeFile();
    const challenges = (level: number) => [
      rawChallenge({ id: `alpha${level}-a` }),
      rawChallenge({ id: `alpha${level}-b` }),
    ];
    file.tubes[0].skills.push({ level: 7, challenges: challenges(7) });
    expect(problemsOf(file)).toEqual([]);

    file.tubes[0].skills.push({ level: 7, challenges: challenges(7) }, { level: 9, challenges: challenges(9) });

    expect(problemsOf(file)).toEqual(['1.1.json › @alpha › @alpha9 › level: Too big: expected number to be <=8']);
    file.tubes[0].skills.pop();
    expect(problemsOf(file)).toEqual(['1.1.json › @alpha: level 7 appears twice']);
  });

  it('refuses a skill with a single challenge', () => {
    const file = rawChallengeFile();
    file.tubes[0].skills[2].challenges.pop();

    expect(problemsOf(file)).toEqual(['1.1.json › @alpha › @alpha3: has 1 challenge(s), at least 2 are required']);
  });

  it('refuses a skill with fewer than two operative challenges, archived ones being operative', () => {
    const file = rawChallengeFile();
    setChallenge(file, 0, 2, 1, { status: 'archivé' });
    setChallenge(file, 0, 3, 1, { status: 'périmé' });
    const proposed = rawChallenge({ id: 'alpha3-c', status: 'proposé' });
    file.tubes[0].skills[2].challenges.push(proposed);

    expect(problemsOf(file)).toEqual([
      '1.1.json › @alpha › @alpha3: has 1 operative (validé or archivé) challenge(s), at least 2 are required',
    ]);
  });

  it('refuses a QCU solution that is not the number of a proposal', () => {
    const file = rawChallengeFile();
    setChallenge(file, 1, 5, 0, { solution: 4 });
    setChallenge(file, 1, 5, 1, { solution: 0 });

    expect(problemsOf(file)).toEqual([
      '1.1.json › @beta › @beta5 › beta5-b › solution: Too small: expected number to be >=1',
    ]);
    setChallenge(file, 1, 5, 1, { solution: 2 });
    expect(problemsOf(file)).toEqual([
      '1.1.json › @beta › @beta5 › beta5-a: solution 4 is not the number of one of its 3 proposals',
    ]);
  });

  it('refuses a QCM with one right proposal, an unknown index or an index twice', () => {
    const file = rawChallengeFile();
    const qcm = { type: 'QCM', proposals: ['A', 'B', 'C', 'D'] };
    setChallenge(file, 0, 1, 0, { ...qcm, solution: [2] });
    setChallenge(file, 0, 1, 1, { ...qcm, solution: [1, 5, 1] });

    expect(problemsOf(file)).toEqual([
      '1.1.json › @alpha › @alpha1 › alpha1-a › solution: Too small: expected array to have >=2 items',
    ]);
    setChallenge(file, 0, 1, 0, { ...qcm, solution: [2, 3] });
    expect(problemsOf(file)).toEqual([
      '1.1.json › @alpha › @alpha1 › alpha1-b: solution 5 is not the number of one of its 4 proposals',
      '1.1.json › @alpha › @alpha1 › alpha1-b: solution lists 1 twice',
    ]);
  });

  it('refuses proposals out of bounds or twice the same', () => {
    const file = rawChallengeFile();
    setChallenge(file, 0, 1, 0, { proposals: ['Seule'] });
    setChallenge(file, 0, 1, 1, { proposals: ['Oui', 'Non', 'Oui '] });

    expect(problemsOf(file)).toEqual([
      '1.1.json › @alpha › @alpha1 › alpha1-a › proposals: Too small: expected array to have >=2 items',
    ]);
    setChallenge(file, 0, 1, 0, { proposals: ['Oui', 'Non'] });
    expect(problemsOf(file)).toEqual(['1.1.json › @alpha › @alpha1 › alpha1-b: proposal "Oui" appears twice']);
  });

  it('refuses an id twice in a file', () => {
    const file = rawChallengeFile();
    setChallenge(file, 0, 6, 1, { id: 'alpha6-a' });

    expect(problemsOf(file)).toEqual([
      '1.1.json › @alpha › @alpha6: challenge alpha6-a is already defined in 1.1.json › @alpha › @alpha6',
    ]);
  });

  it('refuses a tube name, and so its ids, used by two competences', () => {
    const file = rawChallengeFile('1.1', ['@alpha', '@beta']);
    const other = rawChallengeFile('1.2', ['@gamma', '@beta']);

    const problems = problemsOf(file, other);

    expect(problems).toContain('1.2.json: tube @beta is already defined in 1.1.json');
    expect(problems).toContain(
      '1.2.json › @beta › @beta4: challenge beta4-b is already defined in 1.1.json › @beta › @beta4',
    );
    expect(problems).toHaveLength(1 + 6 * 2);
  });

  it('refuses an id that does not name its skill, and a first challenge that is not the main one', () => {
    const file = rawChallengeFile();
    setChallenge(file, 0, 2, 0, { id: 'alpha3-a' });
    setChallenge(file, 1, 2, 0, { id: 'beta2-c' });
    setChallenge(file, 1, 3, 1, { id: 'beta3-bb' });

    expect(problemsOf(file)).toEqual([
      '1.1.json › @alpha › @alpha2 › alpha3-a: id must be alpha2- followed by one letter (a for the main challenge)',
      '1.1.json › @beta › @beta2 › beta2-c: the first challenge of a skill is its main one, its id must be beta2-a',
      '1.1.json › @beta › @beta3 › beta3-bb: id must be beta3- followed by one letter (a for the main challenge)',
    ]);
  });

  it('refuses an unknown type, status or locale, naming the challenge', () => {
    const file = rawChallengeFile();
    setChallenge(file, 1, 4, 1, { type: 'QCX' });
    setChallenge(file, 1, 6, 0, { status: 'valide', locale: 'French' });

    expect(problemsOf(file)).toEqual([
      '1.1.json › @beta › @beta4 › beta4-b › type: type must be one of QCU, QCM, QROC, QROCM-ind, QROCM-dep',
      '1.1.json › @beta › @beta6 › beta6-a › status: must be one of validé, archivé, périmé, proposé',
      '1.1.json › @beta › @beta6 › beta6-a › locale: must look like "fr-fr"',
    ]);
  });

  it('refuses an unknown key, such as a misspelt one', () => {
    const file = rawChallengeFile();
    setChallenge(file, 0, 1, 0, { soluton: 2 });

    expect(problemsOf(file)).toEqual(['1.1.json › @alpha › @alpha1 › alpha1-a: Unrecognized key: "soluton"']);
  });

  it('refuses an unknown tolerance, a tolerance twice and a type without its answer fields', () => {
    const file = rawChallengeFile();
    setChallenge(file, 0, 3, 0, { ...qroc, tolerance: ['t1', 't4'] });
    setChallenge(file, 0, 3, 1, { ...qroc, tolerance: ['t2', 't2'] });
    setChallenge(file, 0, 4, 0, { ...qroc, tolerance: undefined });

    expect(problemsOf(file)).toEqual([
      '1.1.json › @alpha › @alpha3 › alpha3-a › tolerance.1: must be one of t1, t2, t3',
      '1.1.json › @alpha › @alpha4 › alpha4-a › tolerance: Invalid input: expected array, received undefined',
    ]);
    setChallenge(file, 0, 3, 0, { ...qroc, tolerance: ['t1'] });
    setChallenge(file, 0, 4, 0, { ...qroc, tolerance: [] });
    expect(problemsOf(file)).toEqual(['1.1.json › @alpha › @alpha3 › alpha3-b: tolerance lists t2 twice']);
  });

  it('refuses free-text solutions whose keys do not match the fields', () => {
    const file = rawChallengeFile();
    setChallenge(file, 0, 5, 0, { ...qroc, solution: { response: ['Paris'] } });
    setChallenge(file, 0, 5, 1, {
      ...qroc,
      type: 'QROCM-ind',
      fields: [
        { key: 'ville', label: 'Ville :' },
        { key: 'ville', label: 'Autre ville :' },
      ],
      solution: { ville: ['Lyon'] },
    });

    expect(problemsOf(file)).toEqual([
      '1.1.json › @alpha › @alpha5 › alpha5-a: solution has no answer for field "reponse"',
      '1.1.json › @alpha › @alpha5 › alpha5-a: solution key "response" is not a field key',
      '1.1.json › @alpha › @alpha5 › alpha5-b: field key "ville" appears twice',
    ]);
  });

  it('refuses an accepted answer that the tolerance reduces to nothing', () => {
    const file = rawChallengeFile();
    setChallenge(file, 0, 5, 0, { ...qroc, solution: { reponse: ['-'] }, tolerance: ['t2'] });

    expect(problemsOf(file)).toEqual([
      '1.1.json › @alpha › @alpha5 › alpha5-a: accepted answer "-" is empty once the tolerance is applied, no answer can match it',
    ]);
  });

  it('refuses a QROCM-dep expecting more answers than it has fields or accepted answers, or listing an answer twice', () => {
    const file = rawChallengeFile();
    const dep = {
      ...qroc,
      type: 'QROCM-dep',
      fields: [
        { key: 'r1', label: 'Réponse 1 :' },
        { key: 'r2', label: 'Réponse 2 :' },
      ],
      solution: { '*': ['Écran', 'ecran'] },
      tolerance: ['t1', 't2'],
      expectedCount: 3,
    };
    setChallenge(file, 1, 1, 0, dep);
    setChallenge(file, 1, 1, 1, { ...dep, solution: { reponse: ['Clavier'] } });

    expect(problemsOf(file)).toEqual([
      '1.1.json › @beta › @beta1 › beta1-b › solution.*: Invalid input: expected array, received undefined',
      '1.1.json › @beta › @beta1 › beta1-b › solution: Unrecognized key: "reponse"',
    ]);
    setChallenge(file, 1, 1, 1, { ...dep, solution: { '*': ['Clavier', 'Souris', 'Écran'] }, expectedCount: 2 });
    expect(problemsOf(file)).toEqual([
      '1.1.json › @beta › @beta1 › beta1-a: expectedCount 3 is more than its 2 fields',
      '1.1.json › @beta › @beta1 › beta1-a: expectedCount 3 is more than its 2 accepted answers',
      '1.1.json › @beta › @beta1 › beta1-a: accepted answers must be distinct answers, yet "ecran" appears twice once the tolerance is applied',
    ]);
  });

  it('checks the flags', () => {
    const file = rawChallengeFile();
    const flags = { timedSeconds: 0, focus: 'yes', illustration: { alt: ' ' }, attachment: null, embed: null };
    setChallenge(file, 0, 1, 0, { flags });
    setChallenge(file, 0, 1, 1, {
      flags: {
        ...flags,
        timedSeconds: 90,
        focus: true,
        illustration: null,
        attachment: { name: 'notes.ods', kind: 'csv' },
      },
    });

    expect(problemsOf(file)).toEqual([
      '1.1.json › @alpha › @alpha1 › alpha1-a › flags.timedSeconds: Too small: expected number to be >0',
      '1.1.json › @alpha › @alpha1 › alpha1-a › flags.focus: Invalid input: expected boolean, received string',
      '1.1.json › @alpha › @alpha1 › alpha1-a › flags.illustration.alt: must not be empty',
    ]);
    setChallenge(file, 0, 1, 0, { flags: { ...flags, timedSeconds: null, focus: false, illustration: null } });
    expect(problemsOf(file)).toEqual([
      '1.1.json › @alpha › @alpha1 › alpha1-b: attachment "notes.ods" does not end with .csv, its kind',
    ]);
  });

  it('refuses a competence with a single tube, a badly named tube, and a file named after another competence', () => {
    const single = rawChallengeFile('2.1', ['@alpha']);
    const badName = rawChallengeFile('2.2', ['@gamma', '@delta2']);

    const problems = validateChallengeFiles([rawSource(single, '2.3.json'), rawSource(badName)]).problems;

    expect(problems).toEqual([
      '2.3.json: holds competence 2.1, so it must be named 2.1.json',
      '2.3.json: has 1 tube(s), at least 2 are required',
      '2.2.json › @delta2 › name: must be @ followed by camelCase ASCII letters, e.g. @requeteWeb',
    ]);
  });

  it('refuses an unknown competence and a competence in two files', () => {
    const unknown = rawChallengeFile('6.1', ['@alpha', '@beta']);
    const first = rawChallengeFile('3.1', ['@gamma', '@delta']);
    const second = rawChallengeFile('3.1', ['@epsilon', '@zeta']);

    const problems = problemsOf(unknown, first, second);

    expect(problems).toEqual([
      '6.1.json › competence: must be one of 1.1 1.2 1.3 2.1 2.2 2.3 2.4 3.1 3.2 3.3 3.4 4.1 4.2 4.3 5.1 5.2',
      '3.1.json: competence 3.1 is already defined in 3.1.json',
    ]);
  });

  it('describes content that is not a challenge file at all', () => {
    const problems = validateChallengeFiles([{ fileName: '1.3.json', content: [1, 2] }]).problems;

    expect(problems).toEqual(['1.3.json: Invalid input: expected object, received array']);
  });
});
