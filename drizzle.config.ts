// drizzle-kit: `npx drizzle-kit generate` writes a new SQL migration from src/db/schema.ts.
// Migrations are applied at start-up by src/db/migrate.ts, on PGlite and on PostgreSQL alike.
import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  schema: './src/db/schema.ts',
  out: './src/db/migrations',
  migrations: { prefix: 'timestamp' },
  strict: true,
  verbose: true,
});
