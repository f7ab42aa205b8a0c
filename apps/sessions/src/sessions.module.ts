import { type DynamicModule, Module } from '@nestjs/common';
import { PlatformModule, type ServiceConfig } from '@pix/platform';
import * as schema from './infrastructure/persistence/schema';

export interface SessionsModuleOptions {
  readonly migrationsFolder: string;
  readonly config?: ServiceConfig;
  readonly inMemoryDatabase?: boolean;
}

/** The sessions service: sessions, access code and invigilator password, enrolment, invigilator actions, finalisation. */
@Module({})
export class SessionsModule {
  static forRoot(options: SessionsModuleOptions): DynamicModule {
    return {
      module: SessionsModule,
      imports: [PlatformModule.forService({ service: 'sessions', schema, ...options })],
    };
  }
}
