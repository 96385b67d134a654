// drizzle-kit: `npx drizzle-kit generate` writes a new SQL migration from src/platform/db/schema.ts.
// Migrations are applied at start-up by src/platform/db/migrate.ts, on PGlite and on PostgreSQL alike.
import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  schema: './src/platform/db/schema.ts',
  out: './src/platform/db/migrations',
  migrations: { prefix: 'timestamp' },
  strict: true,
  verbose: true,
});
