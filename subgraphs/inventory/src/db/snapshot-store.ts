/** Snapshot uploads, account snapshots and export jobs: every read and write names the org. */
import { and, asc, count, eq, lt, sql } from 'drizzle-orm';
import type { Database } from '@cspmexa/server-kit';
import {
  accountSnapshots,
  snapshotExports,
  snapshotUploadParts,
  snapshotUploads,
  type AccountSnapshotRow,
  type SnapshotExportRow,
  type SnapshotUploadRow,
} from './schema';

export async function insertUpload(db: Database, row: typeof snapshotUploads.$inferInsert): Promise<SnapshotUploadRow> {
  const [inserted] = await db.insert(snapshotUploads).values(row).returning();
  if (!inserted) throw new Error('insert returned no row');
  return inserted;
}

export async function findUpload(db: Database, orgId: string, id: string): Promise<SnapshotUploadRow | undefined> {
  const [row] = await db.select().from(snapshotUploads).where(and(eq(snapshotUploads.orgId, orgId), eq(snapshotUploads.id, id)));
  return row;
}

/**
 * Appends a part when `offset` is still the upload's size (checked in the same statement, so two concurrent
 * appends cannot both land at one offset). Returns the upload after the append, or undefined when it moved on.
 */
export async function appendUploadPart(db: Database, orgId: string, id: string, offset: number, content: Buffer): Promise<SnapshotUploadRow | undefined> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(snapshotUploads)
      .set({ receivedBytes: sql`${snapshotUploads.receivedBytes} + ${content.length}` })
      .where(and(eq(snapshotUploads.orgId, orgId), eq(snapshotUploads.id, id), eq(snapshotUploads.receivedBytes, offset)))
      .returning();
    if (row) await tx.insert(snapshotUploadParts).values({ uploadId: id, orgId, offset, content });
    return row;
  });
}

/** The uploaded file, parts in order. */
export async function uploadContent(db: Database, orgId: string, id: string): Promise<Buffer> {
  const parts = await db
    .select({ content: snapshotUploadParts.content })
    .from(snapshotUploadParts)
    .where(and(eq(snapshotUploadParts.orgId, orgId), eq(snapshotUploadParts.uploadId, id)))
    .orderBy(asc(snapshotUploadParts.offset));
  return Buffer.concat(parts.map((p) => p.content));
}

export async function deleteUpload(db: Database, orgId: string, id: string): Promise<void> {
  await db.delete(snapshotUploads).where(and(eq(snapshotUploads.orgId, orgId), eq(snapshotUploads.id, id)));
}

/** Uploads abandoned before they were used (their parts go with them). */
export async function deleteUploadsOlderThan(db: Database, orgId: string, before: Date): Promise<void> {
  await db.delete(snapshotUploads).where(and(eq(snapshotUploads.orgId, orgId), lt(snapshotUploads.createdAt, before)));
}

export async function saveAccountSnapshot(db: Database, row: typeof accountSnapshots.$inferInsert): Promise<void> {
  const { accountId: _key, ...changes } = row;
  await db.insert(accountSnapshots).values(row).onConflictDoUpdate({ target: accountSnapshots.accountId, set: changes });
}

export async function findAccountSnapshot(db: Database, orgId: string, accountId: string): Promise<AccountSnapshotRow | undefined> {
  const [row] = await db.select().from(accountSnapshots).where(and(eq(accountSnapshots.orgId, orgId), eq(accountSnapshots.accountId, accountId)));
  return row;
}

export async function insertSnapshotExport(db: Database, row: typeof snapshotExports.$inferInsert): Promise<SnapshotExportRow> {
  const [inserted] = await db.insert(snapshotExports).values(row).returning();
  if (!inserted) throw new Error('insert returned no row');
  return inserted;
}

export async function updateSnapshotExport(db: Database, orgId: string, id: string, set: Partial<typeof snapshotExports.$inferInsert>): Promise<void> {
  await db.update(snapshotExports).set(set).where(and(eq(snapshotExports.orgId, orgId), eq(snapshotExports.id, id)));
}

export async function findSnapshotExport(db: Database, orgId: string, id: string): Promise<SnapshotExportRow | undefined> {
  const [row] = await db.select().from(snapshotExports).where(and(eq(snapshotExports.orgId, orgId), eq(snapshotExports.id, id)));
  return row;
}

export async function runningSnapshotExports(db: Database, orgId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(snapshotExports)
    .where(and(eq(snapshotExports.orgId, orgId), eq(snapshotExports.status, 'RUNNING')));
  return Number(row?.n ?? 0);
}

/** Exports whose writer is gone (a restart): across orgs, housekeeping at start-up. */
export async function failStaleSnapshotExports(db: Database, startedBefore: Date, now: Date): Promise<void> {
  await db
    .update(snapshotExports)
    .set({ status: 'FAILED', error: 'The export was interrupted (the server restarted); export again.', completedAt: now })
    .where(and(eq(snapshotExports.status, 'RUNNING'), lt(snapshotExports.createdAt, startedBefore)));
}
