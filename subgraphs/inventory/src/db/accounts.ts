import { and, asc, count, eq, gt, isNotNull, or } from 'drizzle-orm';
import type { Database } from '@cspmexa/server-kit';
import { awsAccounts, type AwsAccountRow, type AwsAuthMethod } from './schema';

export interface NewAwsAccount {
  name: string;
  authMethod: AwsAuthMethod;
  roleArn: string | null;
  awsAccountId: string | null;
  regions: string[] | null;
  /** The fictional demo account (SNAPSHOT, reading the bundled demo snapshot). */
  demo?: boolean;
}

export async function insertAccount(db: Database, orgId: string, account: NewAwsAccount): Promise<AwsAccountRow> {
  const [row] = await db.insert(awsAccounts).values({ orgId, ...account }).returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

export async function findAccount(db: Database, orgId: string, id: string): Promise<AwsAccountRow | undefined> {
  const [row] = await db.select().from(awsAccounts).where(and(eq(awsAccounts.orgId, orgId), eq(awsAccounts.id, id)));
  return row;
}

/** Oldest first, keyset-paginated on (created_at, id); fetches `limit + 1` rows so the caller knows about a next page. */
export async function listAccounts(
  db: Database,
  orgId: string,
  page: { limit: number; after: { createdAt: Date; id: string } | null },
): Promise<{ rows: AwsAccountRow[]; total: number }> {
  const scope = eq(awsAccounts.orgId, orgId);
  const after = page.after
    ? or(gt(awsAccounts.createdAt, page.after.createdAt), and(eq(awsAccounts.createdAt, page.after.createdAt), gt(awsAccounts.id, page.after.id)))
    : undefined;
  const rows = await db
    .select()
    .from(awsAccounts)
    .where(and(scope, after))
    .orderBy(asc(awsAccounts.createdAt), asc(awsAccounts.id))
    .limit(page.limit + 1);
  const [total] = await db.select({ n: count() }).from(awsAccounts).where(scope);
  return { rows, total: total?.n ?? 0 };
}

/** Records the account number a scan learned from sts:GetCallerIdentity. */
export async function setAwsAccountNumber(db: Database, orgId: string, id: string, awsAccountId: string): Promise<void> {
  await db.update(awsAccounts).set({ awsAccountId }).where(and(eq(awsAccounts.orgId, orgId), eq(awsAccounts.id, id)));
}

/** Sets or clears (null) the account's scan schedule; undefined when the account is not in the org. */
export async function setScanSchedule(db: Database, orgId: string, id: string, scanSchedule: string | null): Promise<AwsAccountRow | undefined> {
  const [row] = await db.update(awsAccounts).set({ scanSchedule }).where(and(eq(awsAccounts.orgId, orgId), eq(awsAccounts.id, id))).returning();
  return row;
}

/** Every account with a schedule, across orgs: read by the scheduler's tick (housekeeping, not a tenant request). */
export async function listScheduledAccounts(db: Database): Promise<{ id: string; orgId: string; scanSchedule: string }[]> {
  const rows = await db
    .select({ id: awsAccounts.id, orgId: awsAccounts.orgId, scanSchedule: awsAccounts.scanSchedule })
    .from(awsAccounts)
    .where(isNotNull(awsAccounts.scanSchedule));
  return rows.flatMap((r) => (r.scanSchedule ? [{ ...r, scanSchedule: r.scanSchedule }] : []));
}

/** The org's demo account, if it was added. */
export async function findDemoAccount(db: Database, orgId: string): Promise<AwsAccountRow | undefined> {
  const [row] = await db.select().from(awsAccounts).where(and(eq(awsAccounts.orgId, orgId), eq(awsAccounts.demo, true)));
  return row;
}
