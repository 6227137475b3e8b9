import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'drizzle-kit';

// drizzle-kit resolves paths from the working directory; anchor them here so it runs from the root or this folder.
const here = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  dialect: 'postgresql',
  schema: path.relative(process.cwd(), path.join(here, 'src/db/schema.ts')) || './src/db/schema.ts',
  out: path.relative(process.cwd(), path.join(here, 'drizzle')) || './drizzle',
});
