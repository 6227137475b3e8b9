/**
 * The demo estate exercises every registered check: each has at least one PASS or FAIL over the shipped demo
 * snapshot, so no check shows only UNKNOWN in the demo for lack of demo data. It joins the shipped file
 * (inventory) with the engine (@cspmexa/checks), two packages that must not import each other, so it lives at
 * the product level. A check added without demo data fails here: add the data to subgraphs/inventory/demo/estate
 * and regenerate (`npx tsx subgraphs/inventory/demo/generate-demo-snapshot.ts`).
 */
import fs from 'node:fs';
import { allChecks, runChecks } from '@cspmexa/checks';
import type { CloudResource } from '@cspmexa/resources';
import { describe, expect, it } from 'vitest';
import { DEMO_SNAPSHOT_FILE } from '../../subgraphs/inventory/src/snapshots/demo-snapshot';
import { readSnapshot } from '../../subgraphs/inventory/src/snapshots/read-snapshot';

describe('the demo snapshot', () => {
  it('gives every registered check at least one PASS or FAIL', async () => {
    const snapshot = await readSnapshot(fs.readFileSync(DEMO_SNAPSHOT_FILE));
    const resources = snapshot.resources.map((r) => ({ id: r.arn, resource: r.config as unknown as CloudResource }));
    // Ages are measured from the collection time, as when the product scans the demo (its dates move to "now").
    const results = runChecks(resources, { now: new Date(snapshot.collectedAt) });
    const decided = new Set(results.filter((r) => r.status === 'PASS' || r.status === 'FAIL').map((r) => r.checkId));
    const undecided = allChecks.map((c) => `${c.metadata.shortId} ${c.metadata.id}`).filter((label) => !decided.has(label.split(' ')[1]!));
    expect(allChecks.length).toBeGreaterThan(50);
    expect(undecided).toEqual([]);
  });
});
