import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  schema: './apps/jury/src/infrastructure/persistence/schema.ts',
  out: './apps/jury/src/infrastructure/persistence/migrations',
});
