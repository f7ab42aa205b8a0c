import { type DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ThrottlerGuard, ThrottlerModule } from '@nestjs/throttler';
import { AccessTokens, APP_CONFIG, type GatewayConfig, PlatformModule } from '@pix/platform';
import { AuthController } from './auth/auth.controller';
import { AuthGuard, GATEWAY_ACCESS_TOKENS } from './auth/auth.guard';
import { CandidateCourseController, CandidateSessionController } from './certification/candidate-session.controller';
import { CentresController } from './identity/centres.controller';
import { InvitationsController } from './identity/invitations.controller';
import { PupilsController } from './identity/pupils.controller';
import { InvigilationController } from './invigilation/invigilation.controller';
import { LiveEvents } from './live/live-events';
import { CentreIncidentsController } from './incidents/centre-incidents.controller';
import { InvigilationIncidentsController } from './incidents/invigilation-incidents.controller';
import { AttestationsController } from './documents/attestations.controller';
import { DocumentsController } from './documents/documents.controller';
import { JuryController, ResultsController } from './jury/jury.controller';
import { isVerificationLookup } from './jury/verification-throttle';
import { SessionFinalizationController } from './sessions/session-finalization.controller';
import { SessionsController } from './sessions/sessions.controller';
import { ProfilesController } from './testing/profiles.controller';
import { CheckPlatformHealth } from './health/check-platform-health.use-case';
import { HealthController } from './health/health.controller';

/** HTTP API of the console: translates REST calls into NATS requests to the six services. */
@Module({})
export class GatewayModule {
  static forRoot(config?: GatewayConfig): DynamicModule {
    return {
      module: GatewayModule,
      imports: [
        PlatformModule.forGateway(config),
        ThrottlerModule.forRootAsync({
          inject: [APP_CONFIG],
          useFactory: (loaded: GatewayConfig) => [
            { name: 'default', ttl: loaded.RATE_LIMIT_WINDOW_MS, limit: loaded.RATE_LIMIT_MAX },
            {
              name: 'verification',
              ttl: loaded.VERIFICATION_RATE_LIMIT_WINDOW_MS,
              limit: loaded.VERIFICATION_RATE_LIMIT_MAX,
              skipIf: (context) => !isVerificationLookup(context),
            },
          ],
        }),
      ],
      controllers: [
        HealthController,
        AuthController,
        CentresController,
        InvitationsController,
        PupilsController,
        SessionsController,
        SessionFinalizationController,
        DocumentsController,
        AttestationsController,
        ProfilesController,
        InvigilationController,
        CandidateSessionController,
        CandidateCourseController,
        CentreIncidentsController,
        InvigilationIncidentsController,
        JuryController,
        ResultsController,
      ],
      providers: [
        CheckPlatformHealth,
        LiveEvents,
        {
          provide: GATEWAY_ACCESS_TOKENS,
          inject: [APP_CONFIG],
          useFactory: (loaded: GatewayConfig) =>
            new AccessTokens(loaded.AUTH_TOKEN_SECRET, loaded.ACCESS_TOKEN_TTL_SECONDS),
        },
        // Rate limit first, then authentication and roles.
        { provide: APP_GUARD, useClass: ThrottlerGuard },
        { provide: APP_GUARD, useClass: AuthGuard },
      ],
    };
  }
}
