import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  schema: './subgraphs/inventory/src/db/schema.ts',
  out: './subgraphs/inventory/drizzle',
});
