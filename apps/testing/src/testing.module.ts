import { type DynamicModule, Module } from '@nestjs/common';
import { PlatformModule, type ServiceModuleOptions } from '@pix/platform';
import * as schema from './infrastructure/persistence/schema';

/** The testing service: competence profiles and eligibility, test generation, question delivery, answers, resume. */
@Module({})
export class TestingModule {
  static forRoot(options: ServiceModuleOptions): DynamicModule {
    return {
      module: TestingModule,
      imports: [PlatformModule.forService({ service: 'testing', schema, ...options })],
    };
  }
}
