import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  schema: './apps/documents/src/infrastructure/persistence/schema.ts',
  out: './apps/documents/src/infrastructure/persistence/migrations',
});
