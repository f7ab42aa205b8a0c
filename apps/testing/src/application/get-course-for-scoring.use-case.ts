import { Inject, Injectable } from '@nestjs/common';
import { type CourseForScoring, TestingErrorCode } from '@pix/contracts';
import { DomainError } from '@pix/kernel';
import type { ChallengeBank } from '@pix/referential';
import { progressOf } from '../domain/course';
import { COURSE_REPOSITORY, type CourseRepository } from '../domain/course.repository';
import { KNOWLEDGE_ELEMENT_REPOSITORY, type KnowledgeElementRepository } from '../domain/knowledge-element.repository';
import { placementProfile } from '../domain/placement-profile';
import { CHALLENGE_BANK } from './tokens';

/**
 * Everything scoring needs of one test (rules §10): the certifiable competences of the profile at the profile date
 * (the same profile the test was generated from), the questions in order with their type and flags, the answers.
 */
@Injectable()
export class GetCourseForScoring {
  constructor(
    @Inject(COURSE_REPOSITORY) private readonly courses: CourseRepository,
    @Inject(KNOWLEDGE_ELEMENT_REPOSITORY) private readonly knowledgeElements: KnowledgeElementRepository,
    @Inject(CHALLENGE_BANK) private readonly bank: ChallengeBank,
  ) {}

  async execute(request: { courseId: number }): Promise<CourseForScoring> {
    const course = await this.courses.findById(request.courseId);
    if (course === null) {
      throw new DomainError(TestingErrorCode.COURSE_NOT_FOUND, 'Ce test de certification est introuvable.', {
        courseId: request.courseId,
      });
    }
    const latest = await this.knowledgeElements.findLatestPerSkill([course.userId], course.profileDate);
    const profile = placementProfile(course.userId, latest.get(course.userId) ?? [], course.profileDate);
    return {
      course: { ...progressOf(course), verificationCode: course.verificationCode, abortReason: course.abortReason },
      profileDate: course.profileDate.toISOString(),
      competences: profile.competences
        .filter((competence) => competence.level >= 1)
        .map((competence) => ({
          code: competence.code,
          estimatedLevel: competence.level,
          pixScore: competence.pixScore,
        })),
      challenges: course.questions.map((question) => {
        const challenge = this.bank.challengeById(question.challengeId);
        if (challenge === undefined) {
          throw new Error(`challenge ${question.challengeId} of course ${course.id} is not in the bank`);
        }
        return {
          number: question.number,
          challengeId: question.challengeId,
          competence: question.competence,
          skill: question.skill,
          type: challenge.type,
          flags: challenge.flags,
        };
      }),
      answers: course.answers.map((answer) => ({
        questionNumber: answer.questionNumber,
        challengeId: answer.challengeId,
        status: answer.status,
        answeredAt: answer.answeredAt.toISOString(),
      })),
    };
  }
}
