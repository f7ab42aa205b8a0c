import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  type AlertView,
  type AnswerReceipt,
  IncidentsSubjects,
  type CurrentQuestion,
  type JoinedSession,
  SessionsSubjects,
  type StartedTest,
  TestingErrorCode,
  TestingSubjects,
} from '@pix/contracts';
import { type Actor, MessageBus } from '@pix/platform';
import { DomainError } from '@pix/kernel';
import { z } from 'zod';
import { CurrentActor } from '../auth/auth.decorators';
import { ApiZodBody } from '../http/openapi';
import { idParam } from '../http/params';
import { ZodValidationPipe } from '../http/zod-validation.pipe';

const joinSchema = z.object({
  firstName: z.string().trim().min(1, 'Saisissez votre prénom.').max(255),
  lastName: z.string().trim().min(1, 'Saisissez votre nom de naissance.').max(255),
  birthdate: z.iso.date('La date de naissance doit être au format AAAA-MM-JJ.'),
});

const startSchema = z.object({
  accessCode: z.string().trim().min(1, 'Saisissez le code d’accès donné par votre surveillant.').max(20),
});

const answerSchema = z.strictObject({
  challengeId: z.string().min(1).max(100),
  /** QCU: the proposal number; QCM: the proposal numbers; free text: the text of each field by key. */
  answer: z
    .union([
      z.number(),
      z.array(z.number()).max(50),
      z
        .record(z.string().max(100), z.string().max(10_000))
        .refine((value) => Object.keys(value).length <= 20, 'Trop de champs.'),
    ])
    .optional(),
  skip: z.boolean().optional(),
  focusedOut: z.boolean().optional(),
  timedOut: z.boolean().optional(),
});

/** The candidate's side: join a session, enter the access code, then answer one question at a time. */
@ApiTags('candidat')
@ApiBearerAuth()
@Controller('certification/sessions/:sessionId')
export class CandidateSessionController {
  constructor(private readonly bus: MessageBus) {}

  @Post('join')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Join a session with its number, one’s first name, last name and birthdate (rules §6.1)',
    description:
      'Matching ignores case, accents and spaces. Each refusal has its code: CANDIDATE_NOT_FOUND_IN_SESSION, ' +
      'CANDIDATE_SEVERAL_MATCHES, CANDIDATE_LINKED_TO_ANOTHER_ACCOUNT, USER_ALREADY_LINKED_IN_SESSION, ' +
      'ACCOUNT_NOT_OF_THIS_PUPIL, USER_NOT_CERTIFIABLE, SESSION_NOT_ACCESSIBLE.',
  })
  @ApiZodBody(joinSchema)
  join(
    @CurrentActor() actor: Actor,
    @Param('sessionId', idParam) sessionId: number,
    @Body(new ZodValidationPipe(joinSchema)) body: z.infer<typeof joinSchema>,
  ): Promise<JoinedSession> {
    return this.bus.request(SessionsSubjects.joinSession, { ...body, sessionId, userId: actor.userId });
  }

  @Post('start')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Enter the access code: start the test, or resume it at the first unanswered question (rules §6.1)',
    description:
      'Needs the session joined (CANDIDATE_NOT_JOINED), the right code (ACCESS_CODE_INVALID), the session created ' +
      '(SESSION_NOT_ACCESSIBLE), the invigilator’s confirmation or resume authorisation (CANDIDATE_NOT_AUTHORIZED), ' +
      'and less than 24 h since the session’s first start (START_WINDOW_CLOSED).',
  })
  @ApiZodBody(startSchema)
  start(
    @CurrentActor() actor: Actor,
    @Param('sessionId', idParam) sessionId: number,
    @Body(new ZodValidationPipe(startSchema)) body: z.infer<typeof startSchema>,
  ): Promise<StartedTest> {
    return this.bus.request(SessionsSubjects.startTest, {
      sessionId,
      userId: actor.userId,
      accessCode: body.accessCode,
    });
  }
}

/** The candidate's test: the current question (never its solution) and the answers, committed before the reply. */
@ApiTags('candidat')
@ApiBearerAuth()
@Controller('certification/courses/:courseId')
export class CandidateCourseController {
  constructor(private readonly bus: MessageBus) {}

  @Get('current-question')
  @ApiOperation({ summary: 'The first unanswered question of one’s test; `question` is null once the test is over' })
  current(@CurrentActor() actor: Actor, @Param('courseId', idParam) courseId: number): Promise<CurrentQuestion> {
    return this.bus.request(TestingSubjects.getCurrentQuestion, { courseId, userId: actor.userId });
  }

  @Post('answers')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Answer the current question, or skip it ("Je passe": `skip: true`)',
    description:
      'Stored in PostgreSQL before the reply. The same answer sent again gets the same receipt ' +
      '(`alreadyRecorded: true`); a different one is ANSWER_ALREADY_RECORDED; a later question ' +
      'CHALLENGE_NOT_CURRENT; after the end COURSE_ENDED; a badly shaped answer ANSWER_INVALID.',
  })
  @ApiZodBody(answerSchema)
  answer(
    @CurrentActor() actor: Actor,
    @Param('courseId', idParam) courseId: number,
    @Body(new ZodValidationPipe(answerSchema)) body: z.infer<typeof answerSchema>,
  ): Promise<AnswerReceipt> {
    return this.bus.request(TestingSubjects.answer, { ...body, courseId, userId: actor.userId });
  }

  @Post('alerts')
  @HttpCode(200)
  @ApiOperation({
    summary: '"Signaler un problème" on the current question: the invigilator sees it live and decides',
    description:
      'One ongoing alert per candidate: raising again returns the same one. COURSE_ENDED once the test is over.',
  })
  async raiseAlert(@CurrentActor() actor: Actor, @Param('courseId', idParam) courseId: number): Promise<AlertView> {
    const { course, question } = await this.bus.request(TestingSubjects.getCurrentQuestion, {
      courseId,
      userId: actor.userId,
    });
    if (question === null) {
      throw new DomainError(
        TestingErrorCode.COURSE_ENDED,
        'Votre test est terminé : il n’y a plus de question à signaler.',
        { state: course.state },
      );
    }
    return this.bus.request(IncidentsSubjects.raiseAlert, {
      sessionId: course.sessionId,
      candidateId: course.candidateId,
      courseId,
      questionNumber: question.number,
      challengeId: question.challenge.id,
    });
  }
}
