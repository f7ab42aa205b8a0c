import { type DynamicModule, Module } from '@nestjs/common';
import { type AppLogger, APP_LOGGER, loadConfig, PlatformModule, type ServiceModuleOptions } from '@pix/platform';
import { DocumentPrinter } from './application/document-printer';
import { RenderAttendanceSheet } from './application/render-attendance-sheet.use-case';
import { RenderCandidateNotice } from './application/render-candidate-notice.use-case';
import { RenderFraudReport } from './application/render-fraud-report.use-case';
import { RenderIncidentReport } from './application/render-incident-report.use-case';
import { RenderInvigilatorKit } from './application/render-invigilator-kit.use-case';
import { PUBLIC_URL } from './application/tokens';
import { DOCUMENTS_CONFIG, type DocumentsConfig, documentsConfigSchema } from './documents.config';
import { PDF_RENDERER } from './domain/pdf-renderer';
import { DocumentsHandlers } from './infrastructure/messaging/documents.handlers';
import { ChromiumPdfRenderer } from './infrastructure/pdf/chromium-pdf-renderer';
import * as schema from './infrastructure/persistence/schema';

export interface DocumentsModuleOptions extends ServiceModuleOptions {
  /** Tests pass it instead of reading the environment. */
  readonly documentsConfig?: DocumentsConfig;
}

/** The documents service: Puppeteer rendering of the official PDFs. */
@Module({})
export class DocumentsModule {
  static forRoot(options: DocumentsModuleOptions): DynamicModule {
    const { documentsConfig, ...serviceOptions } = options;
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
      ],
    };
  }
}
