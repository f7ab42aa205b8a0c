import { type DynamicModule, Module } from '@nestjs/common';
import { type Clock, systemClock } from '@pix/kernel';
import { loadConfig, PlatformModule, type ServiceModuleOptions } from '@pix/platform';
import { ActAsJury } from './application/act-as-jury.use-case';
import { CertificateResults } from './application/certificate-results.use-case';
import { JuryViews } from './application/jury-views';
import { PublishBatch } from './application/publish-batch.use-case';
import { REMOTE_SERVICES } from './application/remote-services';
import { RunAutoJury } from './application/run-auto-jury.use-case';
import { AUTO_JURY_ACK_WAIT_MS, CLOCK, MAX_REACHABLE_LEVEL } from './application/tokens';
import { TRANSACTIONS } from './application/transactions';
import { JURY_REPOSITORY } from './domain/jury.repository';
import { type JuryConfig, juryConfigSchema } from './jury.config';
import { AutoJuryConsumer } from './infrastructure/messaging/auto-jury.consumer';
import { JuryHandlers } from './infrastructure/messaging/jury.handlers';
import { NatsRemoteServices } from './infrastructure/messaging/nats-remote-services';
import { DrizzleJuryRepository } from './infrastructure/persistence/drizzle-jury.repository';
import { DrizzleTransactions } from './infrastructure/persistence/drizzle-transactions';
import * as schema from './infrastructure/persistence/schema';

export interface JuryModuleOptions extends ServiceModuleOptions {
  /** Tests pass it instead of reading the environment. */
  readonly juryConfig?: JuryConfig;
  readonly clock?: Clock;
}

/** The jury service: auto-jury, scoring, jury decisions, publication, certificates and verification codes. */
@Module({})
export class JuryModule {
  static forRoot(options: JuryModuleOptions): DynamicModule {
    const { juryConfig, clock, ...serviceOptions } = options;
    const config = juryConfig ?? loadConfig(juryConfigSchema);
    return {
      module: JuryModule,
      imports: [PlatformModule.forService({ service: 'jury', schema, ...serviceOptions })],
      controllers: [JuryHandlers],
      providers: [
        { provide: CLOCK, useValue: clock ?? systemClock },
        { provide: MAX_REACHABLE_LEVEL, useValue: config.MAX_REACHABLE_LEVEL },
        { provide: AUTO_JURY_ACK_WAIT_MS, useValue: config.AUTO_JURY_ACK_WAIT_MS },
        DrizzleTransactions,
        { provide: TRANSACTIONS, useExisting: DrizzleTransactions },
        { provide: JURY_REPOSITORY, useClass: DrizzleJuryRepository },
        { provide: REMOTE_SERVICES, useClass: NatsRemoteServices },
        RunAutoJury,
        JuryViews,
        ActAsJury,
        PublishBatch,
        CertificateResults,
        AutoJuryConsumer,
      ],
    };
  }
}
