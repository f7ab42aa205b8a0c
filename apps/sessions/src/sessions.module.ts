import { type DynamicModule, Module } from '@nestjs/common';
import { systemClock } from '@pix/kernel';
import { PlatformModule, type ServiceModuleOptions } from '@pix/platform';
import { CreateSession } from './application/create-session.use-case';
import { GetSession } from './application/get-session.use-case';
import { CLOCK } from './application/tokens';
import { SESSION_REPOSITORY } from './domain/session.repository';
import { SessionsHandlers } from './infrastructure/messaging/sessions.handlers';
import { DrizzleSessionRepository } from './infrastructure/persistence/drizzle-session.repository';
import * as schema from './infrastructure/persistence/schema';

/** The sessions service: sessions, access code and invigilator password, enrolment, invigilator actions, finalisation. */
@Module({})
export class SessionsModule {
  static forRoot(options: ServiceModuleOptions): DynamicModule {
    return {
      module: SessionsModule,
      imports: [PlatformModule.forService({ service: 'sessions', schema, ...options })],
      controllers: [SessionsHandlers],
      providers: [
        CreateSession,
        GetSession,
        { provide: SESSION_REPOSITORY, useClass: DrizzleSessionRepository },
        { provide: CLOCK, useValue: systemClock },
      ],
    };
  }
}
