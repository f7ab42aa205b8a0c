import { Inject, Injectable } from '@nestjs/common';
import {
  type AnswerReceipt,
  type AnswerRequest,
  type CourseProgress,
  type CourseRef,
  type CurrentQuestion,
  type EndCourseRequest,
  type StartCourseRequest,
  type StartedCourse,
  TestingErrorCode,
  TestingEvents,
} from '@pix/contracts';
import {
  type Clock,
  DomainError,
  type RandomIntSource,
  randomCode,
  VERIFICATION_CODE_ALPHABET,
  VERIFICATION_CODE_PREFIX,
} from '@pix/kernel';
import { type ChallengeBank, publicView } from '@pix/referential';
import { generateCertificationChallenges } from '../domain/certification-challenges';
import { type Course, currentQuestion, decideAnswer, progressOf } from '../domain/course';
import { COURSE_REPOSITORY, type CourseRepository } from '../domain/course.repository';
import { KNOWLEDGE_ELEMENT_REPOSITORY, type KnowledgeElementRepository } from '../domain/knowledge-element.repository';
import { placementProfile } from '../domain/placement-profile';
import { EVENT_OUTBOX, type EventOutbox } from './event-outbox';
import { CHALLENGE_BANK, CLOCK, RANDOM_INT } from './tokens';
import { TRANSACTIONS, type Transactions } from './transactions';

const VERIFICATION_CODE_TRIES = 1000;

/**
 * A candidate's certification test (rules §5, §6): generated at the first start, delivered one question at a time
 * in generation order, each answer committed with its event before the reply, ended by the last answer or by the
 * invigilator.
 */
@Injectable()
export class RunCourse {
  constructor(
    @Inject(COURSE_REPOSITORY) private readonly courses: CourseRepository,
    @Inject(KNOWLEDGE_ELEMENT_REPOSITORY) private readonly knowledgeElements: KnowledgeElementRepository,
    @Inject(EVENT_OUTBOX) private readonly outbox: EventOutbox,
    @Inject(TRANSACTIONS) private readonly transactions: Transactions,
    @Inject(CHALLENGE_BANK) private readonly bank: ChallengeBank,
    @Inject(RANDOM_INT) private readonly randomInt: RandomIntSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** The first start generates the test; a later one (resume) returns it as it stands. */
  async start(request: StartCourseRequest): Promise<StartedCourse> {
    const existing = await this.courses.findByCandidate(request.candidateId);
    if (existing !== null) return this.started(existing, request, false);
    const profileDate = new Date(request.profileDate);
    const latest = await this.knowledgeElements.findLatestPerSkill([request.userId], profileDate);
    const profile = placementProfile(request.userId, latest.get(request.userId) ?? [], profileDate);
    const answered = await this.knowledgeElements.answeredChallengeIds(request.userId);
    const challenges = generateCertificationChallenges(profile.competences, this.bank, answered, this.randomInt);
    if (!profile.certifiable || challenges.length === 0) {
      throw new DomainError(
        TestingErrorCode.COURSE_CANNOT_BE_GENERATED,
        'Votre profil ne permet pas de générer un test de certification : il faut au moins 5 compétences de niveau 1.',
      );
    }
    return this.transactions.run(async () => {
      const created = await this.courses.create({
        sessionId: request.sessionId,
        candidateId: request.candidateId,
        userId: request.userId,
        verificationCode: await this.uniqueVerificationCode(),
        profileDate,
        startedAt: this.clock.now(),
        challenges,
      });
      if (created === null) {
        // Another start of the same candidate committed first: theirs is the test.
        const winner = await this.courses.findByCandidate(request.candidateId);
        if (winner === null) throw new Error(`course of candidate ${request.candidateId} vanished`);
        return this.started(winner, request, false);
      }
      await this.outbox.enqueue(TestingEvents.courseStarted, progressOf(created));
      return this.started(created, request, true);
    });
  }

  async current(request: CourseRef): Promise<CurrentQuestion> {
    const course = await this.ownCourse(request);
    const question = course.state === 'started' ? currentQuestion(course) : null;
    const challenge = question === null ? undefined : this.bank.challengeById(question.challengeId);
    return {
      course: progressOf(course),
      question:
        question === null || challenge === undefined
          ? null
          : { number: question.number, challenge: publicView(challenge) },
    };
  }

  /** Committed (answer, end of test, events) before the reply; the same answer twice is answered from the store. */
  async answer(request: AnswerRequest): Promise<AnswerReceipt> {
    return this.transactions.run(async () => {
      const course = await this.ownCourse(request, { lock: true });
      const now = this.clock.now();
      const decision = decideAnswer(course, request, (id) => this.bank.challengeById(id), now);
      if (decision.kind === 'already-recorded') {
        return receipt(course, decision.answer, true);
      }
      await this.courses.addAnswer(course.id, decision.answer);
      const answered: Course = {
        ...course,
        answers: [...course.answers, decision.answer],
        ...(decision.completesCourse ? { state: 'completed' as const, endedAt: now } : {}),
      };
      await this.outbox.enqueue(TestingEvents.answerRecorded, progressOf(answered));
      if (decision.completesCourse) {
        await this.courses.markEnded(course.id, 'completed', now, null);
        await this.outbox.enqueue(TestingEvents.courseCompleted, progressOf(answered));
      }
      return receipt(answered, decision.answer, false);
    });
  }

  /** The invigilator ends a test; a test already over is left as it is. */
  async end(request: EndCourseRequest): Promise<CourseProgress> {
    return this.transactions.run(async () => {
      const found = await this.courses.findByCandidate(request.candidateId);
      const course = found === null ? null : await this.courses.findById(found.id, { lock: true });
      if (course === null || course.sessionId !== request.sessionId) {
        throw new DomainError(TestingErrorCode.COURSE_NOT_FOUND, 'Ce candidat n’a pas commencé son test.');
      }
      if (course.state !== 'started') return progressOf(course);
      const now = this.clock.now();
      await this.courses.markEnded(course.id, 'ended_by_invigilator', now, request.endedBy);
      const ended = progressOf({ ...course, state: 'ended_by_invigilator', endedAt: now });
      await this.outbox.enqueue(TestingEvents.courseEnded, ended);
      return ended;
    });
  }

  async progressOfSession(sessionId: number): Promise<readonly CourseProgress[]> {
    return this.courses.progressOfSession(sessionId);
  }

  private async ownCourse(request: CourseRef, options: { lock?: boolean } = {}): Promise<Course> {
    const course = await this.courses.findById(request.courseId, options);
    if (course === null || course.userId !== request.userId) {
      throw new DomainError(TestingErrorCode.COURSE_NOT_FOUND, 'Ce test de certification est introuvable.');
    }
    return course;
  }

  private started(course: Course, request: StartCourseRequest, created: boolean): StartedCourse {
    if (course.sessionId !== request.sessionId || course.userId !== request.userId) {
      // A candidate id is unique across sessions, so this is a caller's bug, never a candidate's mistake.
      throw new DomainError(TestingErrorCode.COURSE_NOT_FOUND, 'Ce test de certification est introuvable.');
    }
    return { ...progressOf(course), verificationCode: course.verificationCode, created };
  }

  private async uniqueVerificationCode(): Promise<string> {
    for (let attempt = 0; attempt < VERIFICATION_CODE_TRIES; attempt += 1) {
      // Rules §11: 8 distinct characters (the newest generator).
      const code = `${VERIFICATION_CODE_PREFIX}${distinctCharacters(VERIFICATION_CODE_ALPHABET, 8, this.randomInt)}`;
      if (!(await this.courses.isVerificationCodeTaken(code))) return code;
    }
    throw new Error('no free verification code after 1000 tries');
  }
}

function receipt(course: Course, answer: { questionNumber: number; challengeId: string }, alreadyRecorded: boolean) {
  return {
    course: progressOf(course),
    questionNumber: answer.questionNumber,
    challengeId: answer.challengeId,
    alreadyRecorded,
  };
}

/** `length` distinct characters of `alphabet`, each draw from those left. */
export function distinctCharacters(alphabet: string, length: number, randomInt: RandomIntSource): string {
  let left = alphabet;
  let code = '';
  for (let index = 0; index < length; index += 1) {
    const picked = randomCode(left, 1, randomInt);
    code += picked;
    left = left.replace(picked, '');
  }
  return code;
}
