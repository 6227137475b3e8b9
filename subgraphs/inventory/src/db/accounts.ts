import { and, asc, count, eq, gt, inArray, isNotNull, or, sql } from 'drizzle-orm';
import type { Database } from '@cspmexa/server-kit';
import { awsAccounts, scans, type AwsAccountRow, type AwsAuthMethod } from './schema';

export interface NewAwsAccount {
  /** Chosen by the caller when the sealed keys must be bound to the row id before the insert. */
  id?: string;
  name: string;
  authMethod: AwsAuthMethod;
  roleArn: string | null;
  awsAccountId: string | null;
  regions: string[] | null;
  accessKeysSealed?: string | null;
  accessKeyIdLast4?: string | null;
  /** The fictional demo account (SNAPSHOT, reading the bundled demo snapshot). */
  demo?: boolean;
}

/** What `updateAccount` may change; undefined fields stay as they are. */
export type AccountChanges = Partial<Pick<AwsAccountRow, 'name' | 'regions' | 'roleArn' | 'awsAccountId' | 'accessKeysSealed' | 'accessKeyIdLast4'>>;

export async function insertAccount(db: Database, orgId: string, account: NewAwsAccount): Promise<AwsAccountRow> {
  const [row] = await db.insert(awsAccounts).values({ orgId, ...account }).returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

/** Several accounts at once, all or none (Organizations onboarding). */
export async function insertAccounts(db: Database, orgId: string, accounts: NewAwsAccount[]): Promise<AwsAccountRow[]> {
  if (accounts.length === 0) return [];
  return db.insert(awsAccounts).values(accounts.map((a) => ({ orgId, ...a }))).returning();
}

export async function updateAccount(db: Database, orgId: string, id: string, changes: AccountChanges): Promise<AwsAccountRow | undefined> {
  const [row] = await db.update(awsAccounts).set(changes).where(and(eq(awsAccounts.orgId, orgId), eq(awsAccounts.id, id))).returning();
  return row;
}

/**
 * Deletes the account with its scans and resources (cascade) unless a scan of it is queued or running: checked in
 * the same statement, so a scan started a moment earlier is never orphaned.
 */
export type DeleteOutcome = { outcome: 'deleted'; awsAccountId: string | null } | { outcome: 'busy' } | { outcome: 'missing' };

export async function deleteIdleAccount(db: Database, orgId: string, id: string): Promise<DeleteOutcome> {
  const active = db
    .select({ one: sql`1` })
    .from(scans)
    .where(and(eq(scans.accountId, awsAccounts.id), inArray(scans.status, ['QUEUED', 'RUNNING'])));
  const [deleted] = await db
    .delete(awsAccounts)
    .where(and(eq(awsAccounts.orgId, orgId), eq(awsAccounts.id, id), sql`not exists (${active})`))
    .returning({ id: awsAccounts.id, awsAccountId: awsAccounts.awsAccountId });
  if (deleted) return { outcome: 'deleted', awsAccountId: deleted.awsAccountId };
  return (await findAccount(db, orgId, id)) ? { outcome: 'busy' } : { outcome: 'missing' };
}

/** Whether an account of the org still has this 12-digit AWS id. */
export async function awsAccountIdInUse(db: Database, orgId: string, awsAccountId: string): Promise<boolean> {
  const rows = await db
    .select({ id: awsAccounts.id })
    .from(awsAccounts)
    .where(and(eq(awsAccounts.orgId, orgId), eq(awsAccounts.awsAccountId, awsAccountId)))
    .limit(1);
  return rows.length > 0;
}

/** The 12-digit AWS account numbers the org already scans (to mark or skip Organizations members). */
export async function connectedAwsAccountIds(db: Database, orgId: string): Promise<Set<string>> {
  const rows = await db.select({ id: awsAccounts.awsAccountId }).from(awsAccounts).where(and(eq(awsAccounts.orgId, orgId), isNotNull(awsAccounts.awsAccountId)));
  return new Set(rows.flatMap((r) => (r.id ? [r.id] : [])));
}

/** Every account of the org, id and AWS account number only (the findings subgraph's reconcile). */
export async function listAccountIds(db: Database, orgId: string): Promise<{ id: string; awsAccountId: string | null }[]> {
  return db.select({ id: awsAccounts.id, awsAccountId: awsAccounts.awsAccountId }).from(awsAccounts).where(eq(awsAccounts.orgId, orgId));
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
