import 'reflect-metadata';
import { join } from 'node:path';
import { bootstrapService } from '@pix/platform';
import { JuryModule } from './jury.module';

void bootstrapService('jury', JuryModule.forRoot({ migrationsFolder: join(__dirname, 'migrations') })).catch(
  (error: unknown) => {
    // The logger may not exist yet (bad configuration): stderr is the only channel left.
    process.stderr.write(`jury failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
