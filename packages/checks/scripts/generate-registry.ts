/**
 * Writes src/registry.generated.ts from the check folders, so the registry can never drift from the tree.
 * `--check` only compares and exits 1 when the committed file is stale (for CI; the contract test does the same).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { findCheckFolders, renderRegistry } from './registry-source';

const srcDir = fileURLToPath(new URL('../src', import.meta.url));
const target = fileURLToPath(new URL('../src/registry.generated.ts', import.meta.url));
const expected = renderRegistry(findCheckFolders(srcDir));

if (process.argv.includes('--check')) {
  const current = readFileSync(target, 'utf8');
  if (current !== expected) {
    console.error('src/registry.generated.ts is stale: run `npm run generate:registry -w @cspmexa/checks`.');
    process.exit(1);
  }
  console.log('src/registry.generated.ts is up to date.');
} else {
  writeFileSync(target, expected);
  console.log(`Wrote src/registry.generated.ts (${findCheckFolders(srcDir).length} checks).`);
}
