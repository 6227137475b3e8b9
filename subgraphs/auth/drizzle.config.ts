import { defineConfig } from 'drizzle-kit';

// Paths are relative to the folder drizzle-kit runs in (the repository root, see README.md).
export default defineConfig({
  dialect: 'postgresql',
  schema: './subgraphs/auth/src/db/schema.ts',
  out: './subgraphs/auth/drizzle',
});
