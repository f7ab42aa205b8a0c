import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  type AnswerReceipt,
  type AnswerRequest,
  type CourseForScoring,
  type CourseProgress,
  type CourseRef,
  type CurrentQuestion,
  ELIGIBILITIES_MAX_USERS,
  type FinalizedCourse,
  type EndCourseRequest,
  type StartCourseRequest,
  type StartedCourse,
  type GetEligibilitiesRequest,
  type GetEligibilitiesResponse,
  type GetProfileRequest,
  type ImportProfilesResponse,
  type ProfileView,
  TestingSubjects,
} from '@pix/contracts';
import { parseWith } from '@pix/platform';
import { z } from 'zod';
import { FinalizeCourses } from '../../application/finalize-courses.use-case';
import { GetCourseForScoring } from '../../application/get-course-for-scoring.use-case';
import { GetEligibilities } from '../../application/get-eligibilities.use-case';
import { GetProfile } from '../../application/get-profile.use-case';
import { ImportProfiles } from '../../application/import-profiles.use-case';
import { RunCourse } from '../../application/run-course.use-case';
import type { ReceivedProfiles } from '../../domain/profile-import';

// The user_id column is a PostgreSQL integer.
const userId = z
  .number({ error: 'L’identifiant de l’utilisateur doit être un nombre.' })
  .int({ error: 'L’identifiant de l’utilisateur doit être un entier.' })
  .positive({ error: 'L’identifiant de l’utilisateur doit être positif.' })
  .max(2_147_483_647, { error: 'L’identifiant de l’utilisateur est trop grand.' });
const text = (label: string) => z.string({ error: `${label} doit être une chaîne de caractères.` }).max(1000);
const limitDate = z.iso.datetime({
  offset: true,
  error: 'La date limite doit être une date et heure ISO 8601 avec fuseau horaire, par exemple 2025-11-03T10:15:00Z.',
});

// JSON types only: the values are checked by the domain, which lists every invalid element in French.
const knowledgeElementSchema = z.object({
  competence: text('La compétence'),
  skill: text('L’acquis'),
  status: text('Le statut'),
  challengeId: text('L’identifiant de l’épreuve').nullable(),
  earnedPix: z.number({ error: 'Le nombre de pix gagnés doit être un nombre.' }),
  createdAt: text('La date de création'),
});

const importProfilesSchema = z.object({
  profiles: z.array(
    z.object({
      userId: z.number({ error: 'L’identifiant de l’utilisateur doit être un nombre.' }),
      knowledgeElements: z.array(knowledgeElementSchema, {
        error: 'Les éléments de connaissance doivent être une liste.',
      }),
    }),
    { error: 'Les profils doivent être une liste.' },
  ),
});

const getProfileSchema = z.object({ userId, limitDate });

const getEligibilitiesSchema = z.object({
  userIds: z
    .array(userId, { error: 'Les utilisateurs doivent être une liste d’identifiants.' })
    .max(ELIGIBILITIES_MAX_USERS, {
      error: `Au plus ${ELIGIBILITIES_MAX_USERS} utilisateurs par demande : découpez la liste.`,
    }),
  limitDate,
});

const id = (label: string) =>
  z
    .number({ error: `${label} doit être un nombre.` })
    .int({ error: `${label} doit être un entier.` })
    .positive({ error: `${label} doit être positif.` })
    .max(2_147_483_647, { error: `${label} est trop grand.` });

const startCourseSchema = z.object({
  sessionId: id('Le numéro de session'),
  candidateId: id('L’identifiant du candidat'),
  userId,
  profileDate: limitDate,
});

const courseRefSchema = z.object({ courseId: id('L’identifiant du test'), userId });

// JSON types only: whether the answer fits the challenge is the domain's decision (ANSWER_INVALID, in French).
const answerSchema = courseRefSchema.extend({
  challengeId: z.string({ error: 'L’identifiant de la question doit être une chaîne de caractères.' }).max(100),
  answer: z
    .union([
      z.number(),
      z.array(z.number()).max(50),
      z.record(z.string().max(100), z.string().max(10_000)).refine((value) => Object.keys(value).length <= 20),
    ])
    .optional(),
  skip: z.boolean().optional(),
  focusedOut: z.boolean().optional(),
  timedOut: z.boolean().optional(),
});

const endCourseSchema = z.object({
  sessionId: id('Le numéro de session'),
  candidateId: id('L’identifiant du candidat'),
  endedBy: userId,
});

const sessionCoursesSchema = z.object({ sessionId: id('Le numéro de session') });

const finalizeCoursesSchema = z.object({
  sessionId: id('Le numéro de session'),
  abortReasons: z
    .array(
      z.object({
        candidateId: id('L’identifiant du candidat'),
        abortReason: z.enum(['candidate', 'technical'], {
          error: 'Le motif d’abandon doit être « candidate » ou « technical ».',
        }),
      }),
    )
    .max(1000),
});

const courseForScoringSchema = z.object({ courseId: id('L’identifiant du test') });

// A message whose shape is wrong is a caller's bug: refuse it with the paths, never crash on it.
const INVALID_MESSAGE = 'Le message reçu est invalide.';

/** Subject -> use case, nothing else. */
@Controller()
export class TestingHandlers {
  constructor(
    private readonly importProfiles: ImportProfiles,
    private readonly getProfile: GetProfile,
    private readonly getEligibilities: GetEligibilities,
    private readonly runCourse: RunCourse,
    private readonly finalizeCoursesUseCase: FinalizeCourses,
    private readonly courseForScoring: GetCourseForScoring,
  ) {}

  @MessagePattern(TestingSubjects.finalizeCourses)
  finalizeCourses(@Payload() payload: unknown): Promise<{ readonly courses: readonly FinalizedCourse[] }> {
    return this.finalizeCoursesUseCase.execute(parseWith(finalizeCoursesSchema, payload, INVALID_MESSAGE));
  }

  @MessagePattern(TestingSubjects.getCourseForScoring)
  scoringOf(@Payload() payload: unknown): Promise<CourseForScoring> {
    return this.courseForScoring.execute(parseWith(courseForScoringSchema, payload, INVALID_MESSAGE));
  }

  @MessagePattern(TestingSubjects.importProfiles)
  import(@Payload() payload: unknown): Promise<ImportProfilesResponse> {
    const request: ReceivedProfiles = parseWith(importProfilesSchema, payload, INVALID_MESSAGE);
    return this.importProfiles.execute(request);
  }

  @MessagePattern(TestingSubjects.getProfile)
  profile(@Payload() payload: unknown): Promise<ProfileView> {
    const request: GetProfileRequest = parseWith(getProfileSchema, payload, INVALID_MESSAGE);
    return this.getProfile.execute(request);
  }

  @MessagePattern(TestingSubjects.getEligibilities)
  eligibilities(@Payload() payload: unknown): Promise<GetEligibilitiesResponse> {
    const request: GetEligibilitiesRequest = parseWith(getEligibilitiesSchema, payload, INVALID_MESSAGE);
    return this.getEligibilities.execute(request);
  }

  @MessagePattern(TestingSubjects.startCourse)
  startCourse(@Payload() payload: unknown): Promise<StartedCourse> {
    const request: StartCourseRequest = parseWith(startCourseSchema, payload, INVALID_MESSAGE);
    return this.runCourse.start(request);
  }

  @MessagePattern(TestingSubjects.getCurrentQuestion)
  currentQuestion(@Payload() payload: unknown): Promise<CurrentQuestion> {
    const request: CourseRef = parseWith(courseRefSchema, payload, INVALID_MESSAGE);
    return this.runCourse.current(request);
  }

  @MessagePattern(TestingSubjects.answer)
  answer(@Payload() payload: unknown): Promise<AnswerReceipt> {
    const request: AnswerRequest = parseWith(answerSchema, payload, INVALID_MESSAGE);
    return this.runCourse.answer(request);
  }

  @MessagePattern(TestingSubjects.endCourse)
  endCourse(@Payload() payload: unknown): Promise<CourseProgress> {
    const request: EndCourseRequest = parseWith(endCourseSchema, payload, INVALID_MESSAGE);
    return this.runCourse.end(request);
  }

  @MessagePattern(TestingSubjects.getSessionCourses)
  async sessionCourses(@Payload() payload: unknown): Promise<{ readonly courses: readonly CourseProgress[] }> {
    const request = parseWith(sessionCoursesSchema, payload, INVALID_MESSAGE);
    return { courses: await this.runCourse.progressOfSession(request.sessionId) };
  }
}
