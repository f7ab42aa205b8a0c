import { type DynamicModule, Module } from '@nestjs/common';
import { PlatformModule, type ServiceConfig } from '@pix/platform';
import * as schema from './infrastructure/persistence/schema';

export interface DocumentsModuleOptions {
  readonly migrationsFolder: string;
  readonly config?: ServiceConfig;
  readonly inMemoryDatabase?: boolean;
}

/** The documents service: Puppeteer rendering of the official PDFs. */
@Module({})
export class DocumentsModule {
  static forRoot(options: DocumentsModuleOptions): DynamicModule {
    return {
      module: DocumentsModule,
      imports: [PlatformModule.forService({ service: 'documents', schema, ...options })],
    };
  }
}
