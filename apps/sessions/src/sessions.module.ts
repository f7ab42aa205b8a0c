import { type DynamicModule, Module } from '@nestjs/common';
import { PlatformModule, type ServiceModuleOptions } from '@pix/platform';
import * as schema from './infrastructure/persistence/schema';

/** The sessions service: sessions, access code and invigilator password, enrolment, invigilator actions, finalisation. */
@Module({})
export class SessionsModule {
  static forRoot(options: ServiceModuleOptions): DynamicModule {
    return {
      module: SessionsModule,
      imports: [PlatformModule.forService({ service: 'sessions', schema, ...options })],
    };
  }
}
