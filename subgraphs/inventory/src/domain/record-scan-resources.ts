/**
 * Stores what a finished scan saw and what changed since the previous one. Per batch of resources: one query for
 * the stored fingerprints, one for the stored configs of those whose fingerprint moved (diffed here), one upsert,
 * one insert of change entries. Then the resources the scan could have listed but did not see are marked deleted.
 *
 * The account's first stored scan is its baseline: it records no CREATED entries (first seen says it all); a
 * resource appearing later, or coming back after being deleted, does.
 */
import type { Database } from '@cspmexa/server-kit';
import {
  accountHasResources,
  insertResourceChanges,
  knownResources,
  markDeleted,
  storedConfigs,
  unseenResources,
  upsertResourceBatch,
  type NewResourceChange,
  type ResourceToStore,
} from '../db/resource-store';
import { diffConfig, MAX_DIFF_ENTRIES } from './config-diff';
import type { DeletionScope } from './deletion-scope';

const BATCH = 500;

export interface ScanObservation {
  orgId: string;
  accountId: string;
  scanId: string;
  seenAt: Date;
  items: ResourceToStore[];
  /** Whether the scan could have listed a resource it did not see (see deletion-scope.ts). */
  provesDeleted: DeletionScope;
}

export interface RecordedChanges {
  created: number;
  modified: number;
  deleted: number;
}

/** One entry per ARN (the last wins): a batch must not upsert the same row twice. */
const uniqueByArn = (items: ResourceToStore[]) => [...new Map(items.map((r) => [r.arn, r])).values()];

export async function recordScanResources(db: Database, obs: ScanObservation): Promise<RecordedChanges> {
  const counts: RecordedChanges = { created: 0, modified: 0, deleted: 0 };
  const baseline = !(await accountHasResources(db, obs.orgId, obs.accountId));
  const entry = (r: { id: string; kind: string; region: string; arn: string }, changeType: NewResourceChange['changeType']): NewResourceChange => ({
    orgId: obs.orgId,
    accountId: obs.accountId,
    scanId: obs.scanId,
    resourceId: r.id,
    changeType,
    changedAt: obs.seenAt,
    kind: r.kind,
    region: r.region,
    arn: r.arn,
  });

  const items = uniqueByArn(obs.items);
  for (let i = 0; i < items.length; i += BATCH) {
    const batch = items.slice(i, i + BATCH);
    const known = await knownResources(db, obs.orgId, obs.accountId, batch.map((r) => r.arn));
    const moved = batch.flatMap((r) => {
      const k = known.get(r.arn);
      return k && k.deletedAt === null && k.configHash !== r.configHash ? [{ item: r, id: k.id }] : [];
    });
    const before = await storedConfigs(db, obs.orgId, moved.map((m) => m.id));
    const ids = await upsertResourceBatch(db, obs, batch);
    const changes: NewResourceChange[] = [];
    for (const { item, id } of moved) {
      const diff = diffConfig(before.get(id), item.data);
      if (diff.length === 0) continue; // only an unreadable part or an activity timestamp moved
      changes.push({ ...entry({ ...item, id }, 'MODIFIED'), diff: diff.slice(0, MAX_DIFF_ENTRIES), changeCount: diff.length });
      counts.modified++;
    }
    for (const item of batch) {
      const k = known.get(item.arn);
      const id = ids.get(item.arn);
      if (id && (k ? k.deletedAt !== null : !baseline)) {
        changes.push(entry({ ...item, id }, 'CREATED'));
        counts.created++;
      }
    }
    await insertResourceChanges(db, changes);
  }

  const gone = (await unseenResources(db, obs.orgId, obs.accountId, obs.scanId)).filter(obs.provesDeleted);
  for (let i = 0; i < gone.length; i += BATCH) {
    const batch = gone.slice(i, i + BATCH);
    await markDeleted(db, obs.orgId, batch.map((r) => r.id), obs.seenAt);
    await insertResourceChanges(db, batch.map((r) => entry(r, 'DELETED')));
    counts.deleted += batch.length;
  }
  return counts;
}
