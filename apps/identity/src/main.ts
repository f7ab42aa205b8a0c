import 'reflect-metadata';
import { join } from 'node:path';
import { bootstrapService } from '@pix/platform';
import { IdentityModule } from './identity.module';

void bootstrapService('identity', IdentityModule.forRoot({ migrationsFolder: join(__dirname, 'migrations') })).catch(
  (error: unknown) => {
    // The logger may not exist yet (bad configuration): stderr is the only channel left.
    process.stderr.write(`identity failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
