import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  schema: './apps/incidents/src/infrastructure/persistence/schema.ts',
  out: './apps/incidents/src/infrastructure/persistence/migrations',
});
