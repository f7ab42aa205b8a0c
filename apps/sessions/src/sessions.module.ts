import { type DynamicModule, Module } from '@nestjs/common';
import { type Clock, systemClock } from '@pix/kernel';
import { PlatformModule, type ServiceModuleOptions } from '@pix/platform';
import { CertificationWindows } from './application/certification-windows.use-case';
import { CreateSession } from './application/create-session.use-case';
import { EditSession } from './application/edit-session.use-case';
import { EnrolCandidates } from './application/enrol-candidates.use-case';
import { FinalizeSession } from './application/finalize-session.use-case';
import { GetFinalizationForm } from './application/get-finalization-form.use-case';
import { SetJuryStatus } from './application/set-jury-status.use-case';
import { UnfinalizeSession } from './application/unfinalize-session.use-case';
import { GetSession } from './application/get-session.use-case';
import { ImportSessions } from './application/import-sessions.use-case';
import { InvigilateSession } from './application/invigilate-session.use-case';
import { JoinSession } from './application/join-session.use-case';
import { CANDIDATE_CHECKS } from './domain/candidate-checks';
import { TEST_RUNNER } from './domain/test-runner';
import { NatsTestRunner } from './infrastructure/messaging/nats-test-runner';
import { StartTest } from './application/start-test.use-case';
import { NatsCandidateChecks } from './infrastructure/messaging/nats-candidate-checks';
import { INVIGILATION_REPOSITORY } from './domain/invigilation.repository';
import { DrizzleInvigilationRepository } from './infrastructure/persistence/drizzle-invigilation.repository';
import { SessionViews } from './application/session-views';
import { CLOCK } from './application/tokens';
import { CANDIDATE_REPOSITORY, WINDOW_REPOSITORY } from './domain/candidate.repository';
import { SESSION_REPOSITORY } from './domain/session.repository';
import { SessionsHandlers } from './infrastructure/messaging/sessions.handlers';
import {
  DrizzleCandidateRepository,
  DrizzleWindowRepository,
} from './infrastructure/persistence/drizzle-candidate.repository';
import { DrizzleSessionRepository } from './infrastructure/persistence/drizzle-session.repository';
import * as schema from './infrastructure/persistence/schema';

/** What a test may replace. */
export interface SessionsModuleOverrides {
  readonly clock?: Clock;
}

/** The sessions service: sessions, access code and invigilator password, enrolment, invigilator actions, finalisation. */
@Module({})
export class SessionsModule {
  static forRoot(options: ServiceModuleOptions, overrides: SessionsModuleOverrides = {}): DynamicModule {
    return {
      module: SessionsModule,
      imports: [PlatformModule.forService({ service: 'sessions', schema, ...options })],
      controllers: [SessionsHandlers],
      providers: [
        SessionViews,
        CreateSession,
        GetSession,
        EditSession,
        ImportSessions,
        EnrolCandidates,
        CertificationWindows,
        InvigilateSession,
        JoinSession,
        { provide: CANDIDATE_CHECKS, useClass: NatsCandidateChecks },
        { provide: TEST_RUNNER, useClass: NatsTestRunner },
        StartTest,
        GetFinalizationForm,
        FinalizeSession,
        SetJuryStatus,
        UnfinalizeSession,
        { provide: INVIGILATION_REPOSITORY, useClass: DrizzleInvigilationRepository },
        { provide: SESSION_REPOSITORY, useClass: DrizzleSessionRepository },
        { provide: CANDIDATE_REPOSITORY, useClass: DrizzleCandidateRepository },
        { provide: WINDOW_REPOSITORY, useClass: DrizzleWindowRepository },
        { provide: CLOCK, useValue: overrides.clock ?? systemClock },
      ],
    };
  }
}
