/**
 * Writes demo-snapshot.json.gz from build-demo-snapshot.ts. Run it after changing the demo estate or when
 * packages/resources gains kinds the demo should show:
 *
 *   npx tsx subgraphs/inventory/demo/generate-demo-snapshot.ts
 *
 * The output is deterministic (fixed dates and ids, gzip without a timestamp), so an unchanged estate rewrites
 * the same bytes.
 */
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';
import { validateSnapshot } from '../src/snapshots/read-snapshot';
import { buildDemoSnapshot } from './build-demo-snapshot';

const target = fileURLToPath(new URL('./demo-snapshot.json.gz', import.meta.url));
// Validated like any upload: a generator bug must not ship a file the product then refuses.
const snapshot = validateSnapshot(buildDemoSnapshot());
fs.writeFileSync(target, zlib.gzipSync(JSON.stringify(snapshot), { level: 9 }));
const kinds = new Map<string, number>();
for (const r of snapshot.resources) kinds.set(r.kind, (kinds.get(r.kind) ?? 0) + 1);
console.log(`wrote ${target}: ${snapshot.resources.length} resources`);
for (const [kind, n] of [...kinds].sort()) console.log(`  ${kind.padEnd(36)} ${n}`);
