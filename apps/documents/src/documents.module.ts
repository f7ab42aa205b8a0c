import { type DynamicModule, Module } from '@nestjs/common';
import { PlatformModule, type ServiceModuleOptions } from '@pix/platform';
import * as schema from './infrastructure/persistence/schema';

/** The documents service: Puppeteer rendering of the official PDFs. */
@Module({})
export class DocumentsModule {
  static forRoot(options: ServiceModuleOptions): DynamicModule {
    return {
      module: DocumentsModule,
      imports: [PlatformModule.forService({ service: 'documents', schema, ...options })],
    };
  }
}
