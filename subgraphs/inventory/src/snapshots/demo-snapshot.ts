/**
 * The demo snapshot shipped with CSPMEXA (demo/demo-snapshot.json.gz, written by demo/generate-demo-snapshot.ts).
 * Its dates are moved forward to when the demo account was added, so that "key rotated 40 days ago" is 40 days
 * ago however long after generation the demo is added: the mix of PASS and FAIL does not depend on the release's
 * age. From then on the demo ages like a real account, and its rescans see unchanged dates.
 */
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { SnapshotFile } from './format';

export const DEMO_SNAPSHOT_FILE = fileURLToPath(new URL('../../demo/demo-snapshot.json.gz', import.meta.url));
export const DEMO_ACCOUNT_NAME = 'Demo: Example Corp (fictional)';

let cached: Promise<Buffer> | undefined;

/** The bundled gzip file, read once per process. */
export function demoSnapshotFile(): Promise<Buffer> {
  cached ??= fs.promises.readFile(DEMO_SNAPSHOT_FILE).catch((err: unknown) => {
    cached = undefined;
    throw err;
  });
  return cached;
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;

function shiftDates(value: unknown, deltaMs: number): unknown {
  if (typeof value === 'string') return ISO_INSTANT.test(value) ? new Date(Date.parse(value) + deltaMs).toISOString() : value;
  if (Array.isArray(value)) return value.map((v) => shiftDates(v, deltaMs));
  if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shiftDates(v, deltaMs)]));
  return value;
}

/** The snapshot as if collected at `now`: every ISO instant in it moves by the same amount. */
export function asCollectedAt<T extends Pick<SnapshotFile, 'collectedAt'>>(snapshot: T, now: Date): T {
  const delta = now.getTime() - Date.parse(snapshot.collectedAt);
  return shiftDates(snapshot, delta) as T;
}
