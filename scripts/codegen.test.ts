import fs from 'node:fs';
import path from 'node:path';
import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import config from '../codegen';

// The client's typed documents are generated and committed; a schema or document change without `npm run codegen`
// must fail here, not at run time in the browser.
describe('client typed documents', () => {
  it('are current with schema/api.graphql and the client documents (run npm run codegen)', async () => {
    const outputs = (await generate({ ...config, silent: true, cwd: process.cwd() }, false)) as { filename: string; content: string }[];
    expect(outputs.length).toBeGreaterThan(0);
    for (const out of outputs) {
      const committed = fs.readFileSync(path.resolve(out.filename), 'utf8');
      expect(committed, `${out.filename} is stale: run npm run codegen`).toBe(out.content);
    }
  }, 60_000);
});
