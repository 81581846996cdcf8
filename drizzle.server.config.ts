import { defineConfig } from 'drizzle-kit';

// The central sync server's PostgreSQL schema; the app's SQLite schema has drizzle.config.ts.
export default defineConfig({
  dialect: 'postgresql',
  schema: './server/database/schema.ts',
  out: './server/migrations',
});
