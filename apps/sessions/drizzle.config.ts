import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  schema: './apps/sessions/src/infrastructure/persistence/schema.ts',
  out: './apps/sessions/src/infrastructure/persistence/migrations',
});
