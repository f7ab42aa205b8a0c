import 'reflect-metadata';
import { join } from 'node:path';
import { bootstrapService } from '@pix/platform';
import { DocumentsModule } from './documents.module';

void bootstrapService('documents', DocumentsModule.forRoot({ migrationsFolder: join(__dirname, 'migrations') })).catch(
  (error: unknown) => {
    // The logger may not exist yet (bad configuration): stderr is the only channel left.
    process.stderr.write(`documents failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
