import { normaliseAnswer } from './answer-matching';
import { isOperative, REQUIRED_LEVELS, skillNameOf, type Tolerance } from './challenge';
import {
  type ChallengeData,
  type ChallengeFileData,
  challengeFileSchema,
  type TubeData,
} from './challenge-file.schema';

/** One `data/challenges/<competence>.json` file, as read: `content` is the parsed JSON, not yet trusted. */
export interface ChallengeFileSource {
  readonly fileName: string;
  readonly content: unknown;
}

export interface ValidatedChallengeFile {
  readonly fileName: string;
  readonly data: ChallengeFileData;
}

export interface ChallengeFilesValidation {
  /** The files without any problem. */
  readonly files: readonly ValidatedChallengeFile[];
  /** One line a problem, starting with where it is: `1.1.json › @requeteWeb › @requeteWeb3 › requeteWeb3-b: …`. */
  readonly problems: readonly string[];
}

export const MIN_TUBES_PER_COMPETENCE = 2;
export const MIN_OPERATIVE_CHALLENGES_PER_SKILL = 2;

const SEPARATOR = ' › ';

/** Checks every rule of the format (see the README) on each file, then across files. */
export function validateChallengeFiles(sources: readonly ChallengeFileSource[]): ChallengeFilesValidation {
  const problems: string[] = [];
  const files: ValidatedChallengeFile[] = [];
  for (const source of sources) {
    const parsed = challengeFileSchema.safeParse(source.content);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        problems.push(`${locate(source, issue.path)}: ${issue.message}`);
      }
      continue;
    }
    const fileProblems = fileRuleViolations(source.fileName, parsed.data);
    problems.push(...fileProblems);
    if (fileProblems.length === 0) files.push({ fileName: source.fileName, data: parsed.data });
  }
  problems.push(...crossFileViolations(files));
  return { files, problems };
}

function fileRuleViolations(fileName: string, file: ChallengeFileData): string[] {
  const problems: string[] = [];
  if (fileName !== `${file.competence}.json`) {
    problems.push(`${fileName}: holds competence ${file.competence}, so it must be named ${file.competence}.json`);
  }
  if (file.tubes.length < MIN_TUBES_PER_COMPETENCE) {
    problems.push(`${fileName}: has ${file.tubes.length} tube(s), at least ${MIN_TUBES_PER_COMPETENCE} are required`);
  }
  for (const tube of file.tubes) {
    problems.push(...tubeRuleViolations([fileName, tube.name], tube));
  }
  return problems;
}

function tubeRuleViolations(where: readonly string[], tube: TubeData): string[] {
  const problems: string[] = [];
  const at = where.join(SEPARATOR);
  const levels = tube.skills.map((skill) => skill.level);
  for (const level of new Set(levels)) {
    if (levels.filter((other) => other === level).length > 1) problems.push(`${at}: level ${level} appears twice`);
  }
  for (const level of REQUIRED_LEVELS) {
    if (!levels.includes(level)) problems.push(`${at}: level ${level} is missing (levels 1 to 6 are required)`);
  }
  for (const skill of tube.skills) {
    const skillName = skillNameOf(tube.name, skill.level);
    const skillWhere = [...where, skillName];
    if (skill.challenges.length < 2) {
      problems.push(
        `${skillWhere.join(SEPARATOR)}: has ${skill.challenges.length} challenge(s), at least 2 are required`,
      );
    }
    const operative = skill.challenges.filter(isOperative).length;
    if (skill.challenges.length >= 2 && operative < MIN_OPERATIVE_CHALLENGES_PER_SKILL) {
      problems.push(
        `${skillWhere.join(SEPARATOR)}: has ${operative} operative (validé or archivé) challenge(s), ` +
          `at least ${MIN_OPERATIVE_CHALLENGES_PER_SKILL} are required`,
      );
    }
    const idPrefix = `${skillName.slice(1)}-`;
    skill.challenges.forEach((challenge, index) => {
      const challengeAt = [...skillWhere, challenge.id].join(SEPARATOR);
      if (!challenge.id.startsWith(idPrefix) || !/^[a-z]$/.test(challenge.id.slice(idPrefix.length))) {
        problems.push(`${challengeAt}: id must be ${idPrefix} followed by one letter (a for the main challenge)`);
      } else if (index === 0 && challenge.id !== `${idPrefix}a`) {
        problems.push(`${challengeAt}: the first challenge of a skill is its main one, its id must be ${idPrefix}a`);
      }
      const violations = [...flagViolations(challenge), ...challengeRuleViolations(challenge)];
      problems.push(...violations.map((problem) => `${challengeAt}: ${problem}`));
    });
  }
  return problems;
}

function duplicatesOf<T>(values: readonly T[]): T[] {
  return [...new Set(values.filter((value, index) => values.indexOf(value) !== index))];
}

function flagViolations({ flags }: ChallengeData): string[] {
  const { attachment } = flags;
  return attachment && !attachment.name.toLowerCase().endsWith(`.${attachment.kind}`)
    ? [`attachment "${attachment.name}" does not end with .${attachment.kind}, its kind`]
    : [];
}

function challengeRuleViolations(challenge: ChallengeData): string[] {
  switch (challenge.type) {
    case 'QCU':
      return [
        ...proposalViolations(challenge.proposals),
        ...(challenge.solution > challenge.proposals.length
          ? [`solution ${challenge.solution} is not the number of one of its ${challenge.proposals.length} proposals`]
          : []),
      ];
    case 'QCM':
      return [
        ...proposalViolations(challenge.proposals),
        ...challenge.solution
          .filter((index) => index > challenge.proposals.length)
          .map((index) => `solution ${index} is not the number of one of its ${challenge.proposals.length} proposals`),
        ...duplicatesOf(challenge.solution).map((index) => `solution lists ${index} twice`),
      ];
    case 'QROC':
    case 'QROCM-ind':
      return [
        ...fieldViolations(challenge),
        ...solutionKeyViolations(challenge),
        ...Object.values(challenge.solution).flatMap((accepted) =>
          blankAnswerViolations(accepted, challenge.tolerance),
        ),
      ];
    case 'QROCM-dep': {
      const accepted = challenge.solution['*'];
      const problems = [...fieldViolations(challenge), ...blankAnswerViolations(accepted, challenge.tolerance)];
      if (challenge.expectedCount > challenge.fields.length) {
        problems.push(`expectedCount ${challenge.expectedCount} is more than its ${challenge.fields.length} fields`);
      }
      if (accepted.length < challenge.expectedCount) {
        problems.push(`expectedCount ${challenge.expectedCount} is more than its ${accepted.length} accepted answers`);
      }
      const normalised = accepted.map((answer) => normaliseAnswer(answer, challenge.tolerance));
      for (const duplicate of duplicatesOf(normalised)) {
        problems.push(
          `accepted answers must be distinct answers, yet "${duplicate}" appears twice once the tolerance is applied`,
        );
      }
      return problems;
    }
  }
}

/** An accepted answer that the tolerance reduces to nothing (`-` under t2) could never be matched. */
function blankAnswerViolations(accepted: readonly string[], tolerance: readonly Tolerance[]): string[] {
  return accepted
    .filter((answer) => normaliseAnswer(answer, tolerance) === '')
    .map((answer) => `accepted answer "${answer}" is empty once the tolerance is applied, no answer can match it`);
}

function proposalViolations(proposals: readonly string[]): string[] {
  return duplicatesOf(proposals.map((proposal) => proposal.trim())).map(
    (proposal) => `proposal "${proposal}" appears twice`,
  );
}

function fieldViolations(challenge: {
  readonly fields: readonly { readonly key: string }[];
  readonly tolerance: readonly string[];
}): string[] {
  return [
    ...duplicatesOf(challenge.fields.map((field) => field.key)).map((key) => `field key "${key}" appears twice`),
    ...duplicatesOf(challenge.tolerance).map((tolerance) => `tolerance lists ${tolerance} twice`),
  ];
}

function solutionKeyViolations(challenge: {
  readonly fields: readonly { readonly key: string }[];
  readonly solution: Readonly<Record<string, unknown>>;
}): string[] {
  const fieldKeys = challenge.fields.map((field) => field.key);
  const solutionKeys = Object.keys(challenge.solution);
  return [
    ...fieldKeys.filter((key) => !solutionKeys.includes(key)).map((key) => `solution has no answer for field "${key}"`),
    ...solutionKeys.filter((key) => !fieldKeys.includes(key)).map((key) => `solution key "${key}" is not a field key`),
  ];
}

function crossFileViolations(files: readonly ValidatedChallengeFile[]): string[] {
  const problems: string[] = [];
  const firstFileOf = {
    competence: new Map<string, string>(),
    tube: new Map<string, string>(),
    challenge: new Map<string, string>(),
  };
  const claim = (kind: keyof typeof firstFileOf, name: string, where: string): void => {
    const first = firstFileOf[kind].get(name);
    if (first === undefined) {
      firstFileOf[kind].set(name, where);
    } else {
      problems.push(`${where}: ${kind} ${name} is already defined in ${first}`);
    }
  };
  for (const { fileName, data } of files) {
    claim('competence', data.competence, fileName);
    for (const tube of data.tubes) {
      claim('tube', tube.name, fileName);
      for (const skill of tube.skills) {
        for (const challenge of skill.challenges) {
          claim('challenge', challenge.id, [fileName, tube.name, skillNameOf(tube.name, skill.level)].join(SEPARATOR));
        }
      }
    }
  }
  return problems;
}

/** Turns a schema issue path (`tubes.0.skills.2.challenges.1.solution`) into names a data author can find. */
function locate(source: ChallengeFileSource, path: readonly PropertyKey[]): string {
  const parts = [source.fileName];
  let rest = [...path];
  let node: unknown = source.content;
  let tubeName = '';
  const step = (collection: string, describe: (item: unknown, index: number) => string): boolean => {
    const index = rest[1];
    if (rest[0] !== collection || typeof index !== 'number') return false;
    const items = propertyOf(node, collection);
    node = Array.isArray(items) ? (items[index] as unknown) : undefined;
    parts.push(describe(node, index));
    rest = rest.slice(2);
    return true;
  };
  if (
    step('tubes', (tube, index) => {
      const name = propertyOf(tube, 'name');
      tubeName = typeof name === 'string' ? name : `tube #${index + 1}`;
      return tubeName;
    }) &&
    step('skills', (skill, index) => {
      const level = propertyOf(skill, 'level');
      return typeof level === 'number' ? skillNameOf(tubeName, level) : `skill #${index + 1}`;
    })
  ) {
    step('challenges', (challenge, index) => {
      const id = propertyOf(challenge, 'id');
      return typeof id === 'string' ? id : `challenge #${index + 1}`;
    });
  }
  if (rest.length > 0) parts.push(rest.map(String).join('.'));
  return parts.join(SEPARATOR);
}

function propertyOf(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
}
