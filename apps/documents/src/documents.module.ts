import { type DynamicModule, Module } from '@nestjs/common';
import { systemClock } from '@pix/kernel';
import { type AppLogger, APP_LOGGER, loadConfig, PlatformModule, type ServiceModuleOptions } from '@pix/platform';
import { DocumentPrinter } from './application/document-printer';
import { RenderAttendanceSheet } from './application/render-attendance-sheet.use-case';
import { RenderCandidateNotice } from './application/render-candidate-notice.use-case';
import { RenderFraudReport } from './application/render-fraud-report.use-case';
import { RenderIncidentReport } from './application/render-incident-report.use-case';
import { RenderInvigilatorKit } from './application/render-invigilator-kit.use-case';
import { AttestationDocuments } from './application/attestation-document';
import { GenerateAttestationBatch } from './application/generate-attestation-batch.use-case';
import { GetAttestationBatchChunk } from './application/get-attestation-batch-chunk.use-case';
import { GetAttestationBatch } from './application/get-attestation-batch.use-case';
import { RenderAttestation } from './application/render-attestation.use-case';
import { StartAttestationBatch } from './application/start-attestation-batch.use-case';
import {
  BATCH_CONCURRENCY,
  BATCH_WORKER_SIGNAL,
  CLOCK,
  EVENT_OUTBOX,
  PUBLIC_URL,
  TRANSACTIONS,
} from './application/tokens';
import { ATTESTATION_BATCH_REPOSITORY } from './domain/attestation-batch.repository';
import { ATTESTATION_SOURCE, PDF_MERGER } from './domain/attestation-source';
import { JuryAttestationSource } from './infrastructure/messaging/jury-attestation-source';
import { PdfLibMerger } from './infrastructure/pdf/pdf-lib-merger';
import { DrizzleAttestationBatchRepository } from './infrastructure/persistence/drizzle-attestation-batch.repository';
import { DrizzleEventOutbox, DrizzleTransactions } from './infrastructure/persistence/drizzle-transactions';
import {
  AttestationBatchWorker,
  BATCH_WORKER_TIMING,
  type BatchWorkerTiming,
  DEFAULT_BATCH_WORKER_TIMING,
} from './infrastructure/worker/attestation-batch-worker';
import { DOCUMENTS_CONFIG, type DocumentsConfig, documentsConfigSchema } from './documents.config';
import { PDF_RENDERER } from './domain/pdf-renderer';
import { DocumentsHandlers } from './infrastructure/messaging/documents.handlers';
import { ChromiumPdfRenderer } from './infrastructure/pdf/chromium-pdf-renderer';
import * as schema from './infrastructure/persistence/schema';

export interface DocumentsModuleOptions extends ServiceModuleOptions {
  /** Tests pass it instead of reading the environment. */
  readonly documentsConfig?: DocumentsConfig;
  /** Tests shorten the batch worker's polling and lease. */
  readonly batchWorkerTiming?: BatchWorkerTiming;
}

/** The documents service: Puppeteer rendering of the official PDFs, and the attestation batches. */
@Module({})
export class DocumentsModule {
  static forRoot(options: DocumentsModuleOptions): DynamicModule {
    const { documentsConfig, batchWorkerTiming, ...serviceOptions } = options;
    return {
      module: DocumentsModule,
      imports: [PlatformModule.forService({ service: 'documents', schema, ...serviceOptions })],
      controllers: [DocumentsHandlers],
      providers: [
        { provide: DOCUMENTS_CONFIG, useFactory: () => documentsConfig ?? loadConfig(documentsConfigSchema) },
        {
          provide: PDF_RENDERER,
          inject: [DOCUMENTS_CONFIG, APP_LOGGER],
          useFactory: (config: DocumentsConfig, logger: AppLogger) =>
            new ChromiumPdfRenderer(
              { executablePath: config.CHROMIUM_PATH, pagePoolSize: config.PDF_PAGE_POOL_SIZE },
              logger,
            ),
        },
        { provide: PUBLIC_URL, inject: [DOCUMENTS_CONFIG], useFactory: (config: DocumentsConfig) => config.PUBLIC_URL },
        DocumentPrinter,
        RenderAttendanceSheet,
        RenderInvigilatorKit,
        RenderIncidentReport,
        RenderFraudReport,
        RenderCandidateNotice,
        AttestationDocuments,
        RenderAttestation,
        StartAttestationBatch,
        GetAttestationBatch,
        GetAttestationBatchChunk,
        GenerateAttestationBatch,
        AttestationBatchWorker,
        DrizzleTransactions,
        { provide: TRANSACTIONS, useExisting: DrizzleTransactions },
        { provide: EVENT_OUTBOX, useClass: DrizzleEventOutbox },
        { provide: ATTESTATION_BATCH_REPOSITORY, useClass: DrizzleAttestationBatchRepository },
        { provide: ATTESTATION_SOURCE, useClass: JuryAttestationSource },
        { provide: PDF_MERGER, useValue: new PdfLibMerger() },
        { provide: BATCH_WORKER_SIGNAL, useExisting: AttestationBatchWorker },
        { provide: BATCH_WORKER_TIMING, useValue: batchWorkerTiming ?? DEFAULT_BATCH_WORKER_TIMING },
        {
          provide: BATCH_CONCURRENCY,
          inject: [DOCUMENTS_CONFIG],
          useFactory: (config: DocumentsConfig) => config.PDF_PAGE_POOL_SIZE,
        },
        { provide: CLOCK, useValue: systemClock },
      ],
    };
  }
}
