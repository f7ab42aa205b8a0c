import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  schema: './apps/identity/src/infrastructure/persistence/schema.ts',
  out: './apps/identity/src/infrastructure/persistence/migrations',
});
