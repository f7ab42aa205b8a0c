import { type DynamicModule, Module } from '@nestjs/common';
import { secureRandomInt, systemClock } from '@pix/kernel';
import { PlatformModule, type ServiceModuleOptions } from '@pix/platform';
import { FinalizeCourses } from './application/finalize-courses.use-case';
import { GetCourseForScoring } from './application/get-course-for-scoring.use-case';
import { GetEligibilities } from './application/get-eligibilities.use-case';
import { GetProfile } from './application/get-profile.use-case';
import { ImportProfiles } from './application/import-profiles.use-case';
import { EVENT_OUTBOX } from './application/event-outbox';
import { RunCourse } from './application/run-course.use-case';
import { CHALLENGE_BANK, CLOCK, RANDOM_INT } from './application/tokens';
import { TRANSACTIONS } from './application/transactions';
import { COURSE_REPOSITORY } from './domain/course.repository';
import { KNOWLEDGE_ELEMENT_REPOSITORY } from './domain/knowledge-element.repository';
import { TestingHandlers } from './infrastructure/messaging/testing.handlers';
import { DrizzleCourseRepository } from './infrastructure/persistence/drizzle-course.repository';
import { DrizzleEventOutbox } from './infrastructure/persistence/drizzle-event-outbox';
import { DrizzleKnowledgeElementRepository } from './infrastructure/persistence/drizzle-knowledge-element.repository';
import { DrizzleTransactions } from './infrastructure/persistence/drizzle-transactions';
import * as schema from './infrastructure/persistence/schema';
import { loadChallengeBank, type ChallengeBank } from '@pix/referential';
import type { RandomIntSource } from '@pix/kernel';

/** What a test may replace: the random source (fixed draws) and the clock. */
export interface TestingModuleOverrides {
  readonly randomInt?: RandomIntSource;
  readonly bank?: ChallengeBank;
}

/** The testing service: competence profiles and eligibility, test generation, question delivery, answers, resume. */
@Module({})
export class TestingModule {
  static forRoot(options: ServiceModuleOptions, overrides: TestingModuleOverrides = {}): DynamicModule {
    return {
      module: TestingModule,
      imports: [PlatformModule.forService({ service: 'testing', schema, ...options })],
      controllers: [TestingHandlers],
      providers: [
        ImportProfiles,
        GetProfile,
        GetEligibilities,
        RunCourse,
        FinalizeCourses,
        GetCourseForScoring,
        DrizzleTransactions,
        { provide: TRANSACTIONS, useExisting: DrizzleTransactions },
        { provide: KNOWLEDGE_ELEMENT_REPOSITORY, useClass: DrizzleKnowledgeElementRepository },
        { provide: COURSE_REPOSITORY, useClass: DrizzleCourseRepository },
        { provide: EVENT_OUTBOX, useClass: DrizzleEventOutbox },
        { provide: CLOCK, useValue: systemClock },
        { provide: RANDOM_INT, useValue: overrides.randomInt ?? secureRandomInt },
        { provide: CHALLENGE_BANK, useFactory: () => overrides.bank ?? loadChallengeBank() },
      ],
    };
  }
}
