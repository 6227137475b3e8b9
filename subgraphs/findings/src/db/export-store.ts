/** The export jobs table: every read and write names the org. */
import { and, eq, inArray, count } from 'drizzle-orm';
import type { Database } from '@cspmexa/server-kit';
import { findingExports, type ExportRow } from './schema';

export async function insertExport(db: Database, row: typeof findingExports.$inferInsert): Promise<ExportRow> {
  const [inserted] = await db.insert(findingExports).values(row).returning();
  return inserted!;
}

export async function updateExport(db: Database, orgId: string, id: string, set: Partial<typeof findingExports.$inferInsert>): Promise<void> {
  await db.update(findingExports).set(set).where(and(eq(findingExports.orgId, orgId), eq(findingExports.id, id)));
}

export async function exportById(db: Database, orgId: string, id: string): Promise<ExportRow | null> {
  const [row] = await db.select().from(findingExports).where(and(eq(findingExports.orgId, orgId), eq(findingExports.id, id)));
  return row ?? null;
}

export async function runningExports(db: Database, orgId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(findingExports)
    .where(and(eq(findingExports.orgId, orgId), inArray(findingExports.status, ['RUNNING'])));
  return Number(row?.n ?? 0);
}
