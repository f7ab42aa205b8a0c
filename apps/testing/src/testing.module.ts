import { type DynamicModule, Module } from '@nestjs/common';
import { systemClock } from '@pix/kernel';
import { PlatformModule, type ServiceModuleOptions } from '@pix/platform';
import { GetEligibilities } from './application/get-eligibilities.use-case';
import { GetProfile } from './application/get-profile.use-case';
import { ImportProfiles } from './application/import-profiles.use-case';
import { CLOCK } from './application/tokens';
import { TRANSACTIONS } from './application/transactions';
import { KNOWLEDGE_ELEMENT_REPOSITORY } from './domain/knowledge-element.repository';
import { TestingHandlers } from './infrastructure/messaging/testing.handlers';
import { DrizzleKnowledgeElementRepository } from './infrastructure/persistence/drizzle-knowledge-element.repository';
import { DrizzleTransactions } from './infrastructure/persistence/drizzle-transactions';
import * as schema from './infrastructure/persistence/schema';

/** The testing service: competence profiles and eligibility, test generation, question delivery, answers, resume. */
@Module({})
export class TestingModule {
  static forRoot(options: ServiceModuleOptions): DynamicModule {
    return {
      module: TestingModule,
      imports: [PlatformModule.forService({ service: 'testing', schema, ...options })],
      controllers: [TestingHandlers],
      providers: [
        ImportProfiles,
        GetProfile,
        GetEligibilities,
        DrizzleTransactions,
        { provide: TRANSACTIONS, useExisting: DrizzleTransactions },
        { provide: KNOWLEDGE_ELEMENT_REPOSITORY, useClass: DrizzleKnowledgeElementRepository },
        { provide: CLOCK, useValue: systemClock },
      ],
    };
  }
}
