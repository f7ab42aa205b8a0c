import { type DynamicModule, Module } from '@nestjs/common';
import { PlatformModule, type ServiceConfig } from '@pix/platform';
import * as schema from './infrastructure/persistence/schema';

export interface TestingModuleOptions {
  readonly migrationsFolder: string;
  readonly config?: ServiceConfig;
  readonly inMemoryDatabase?: boolean;
}

/** The testing service: competence profiles and eligibility, test generation, question delivery, answers, resume. */
@Module({})
export class TestingModule {
  static forRoot(options: TestingModuleOptions): DynamicModule {
    return {
      module: TestingModule,
      imports: [PlatformModule.forService({ service: 'testing', schema, ...options })],
    };
  }
}
