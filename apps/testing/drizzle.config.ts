import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  schema: './apps/testing/src/infrastructure/persistence/schema.ts',
  out: './apps/testing/src/infrastructure/persistence/migrations',
});
