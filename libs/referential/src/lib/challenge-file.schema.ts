import { z } from 'zod';
import { CHALLENGE_STATUSES, CHALLENGE_TYPES, MAX_LEVEL, TOLERANCES, TUBE_NAME_PATTERN } from './challenge';
import { COMPETENCE_CODES, type CompetenceCode, isCompetenceCode } from './competences';

/**
 * The shape of one `data/challenges/<competence>.json` file. Only types, lengths and closed lists are checked here;
 * the rules linking fields together (solution indexes, ids, levels, uniqueness) are in challenge-bank.validation.ts.
 * Objects are strict: an unknown key (a typo such as `soluton`) is an error.
 */
const text = z.string().refine((value) => value.trim() !== '', { error: 'must not be empty' });

const flagsSchema = z.strictObject({
  timedSeconds: z.int().positive().nullable(),
  focus: z.boolean(),
  illustration: z.strictObject({ alt: text }).nullable(),
  attachment: z
    .strictObject({
      name: text,
      kind: z.string().regex(/^[a-z0-9]+$/, { error: 'must be a lower-case file extension such as "ods"' }),
    })
    .nullable(),
  embed: z.strictObject({ title: text, height: z.int().positive() }).nullable(),
});

const common = {
  id: z.string(),
  status: z.enum(CHALLENGE_STATUSES, { error: `must be one of ${CHALLENGE_STATUSES.join(', ')}` }),
  locale: z.string().regex(/^[a-z]{2}-[a-z]{2}$/, { error: 'must look like "fr-fr"' }),
  instruction: text,
  flags: flagsSchema,
};

const fieldSchema = z.strictObject({
  key: z.string().regex(/^[a-zA-Z][a-zA-Z0-9_]*$/, { error: 'must be letters, digits or _, starting with a letter' }),
  label: text,
});

const toleranceSchema = z.array(z.enum(TOLERANCES, { error: `must be one of ${TOLERANCES.join(', ')}` }));
const acceptedAnswersSchema = z.array(text).min(1);
const oneBasedIndex = z.int().min(1);

const qcuSchema = z.strictObject({
  ...common,
  type: z.literal('QCU'),
  proposals: z.array(text).min(2).max(8),
  solution: oneBasedIndex,
});

const qcmSchema = z.strictObject({
  ...common,
  type: z.literal('QCM'),
  proposals: z.array(text).min(3).max(8),
  solution: z.array(oneBasedIndex).min(2),
});

const qrocSchema = z.strictObject({
  ...common,
  type: z.literal('QROC'),
  fields: z.array(fieldSchema).length(1),
  solution: z.record(z.string(), acceptedAnswersSchema),
  tolerance: toleranceSchema,
});

const qrocmIndSchema = z.strictObject({
  ...common,
  type: z.literal('QROCM-ind'),
  fields: z.array(fieldSchema).min(2).max(5),
  solution: z.record(z.string(), acceptedAnswersSchema),
  tolerance: toleranceSchema,
});

const qrocmDepSchema = z.strictObject({
  ...common,
  type: z.literal('QROCM-dep'),
  fields: z.array(fieldSchema).min(2).max(5),
  solution: z.strictObject({ '*': acceptedAnswersSchema }),
  expectedCount: z.int().min(1),
  tolerance: toleranceSchema,
});

const challengeSchema = z.discriminatedUnion(
  'type',
  [qcuSchema, qcmSchema, qrocSchema, qrocmIndSchema, qrocmDepSchema],
  {
    error: (issue) =>
      issue.code === 'invalid_union' ? `type must be one of ${CHALLENGE_TYPES.join(', ')}` : undefined,
  },
);

const skillSchema = z.strictObject({
  level: z.int().min(1).max(MAX_LEVEL),
  challenges: z.array(challengeSchema),
});

const tubeSchema = z.strictObject({
  name: z
    .string()
    .regex(TUBE_NAME_PATTERN, { error: 'must be @ followed by camelCase ASCII letters, e.g. @requeteWeb' }),
  title: text,
  skills: z.array(skillSchema),
});

export const challengeFileSchema = z.strictObject({
  competence: z.custom<CompetenceCode>((value) => typeof value === 'string' && isCompetenceCode(value), {
    error: `must be one of ${COMPETENCE_CODES.join(' ')}`,
  }),
  tubes: z.array(tubeSchema),
});

export type ChallengeFileData = z.infer<typeof challengeFileSchema>;
export type TubeData = ChallengeFileData['tubes'][number];
export type SkillData = TubeData['skills'][number];
export type ChallengeData = SkillData['challenges'][number];
