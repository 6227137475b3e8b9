/**
 * Removing what findings derived from an inventory account that was deleted. Runs inside `inEvaluationTransaction`
 * (the org's evaluation lock), so no evaluation or mute decides on rows being purged. Every statement is scoped by
 * org id and idempotent: purging twice removes nothing more.
 */
import { and, eq, inArray, notExists } from 'drizzle-orm';
import type { Database } from '@cspmexa/server-kit';
import type { Tx } from './evaluation-store';
import { deletedAccounts, findingResources, findings, muteRules, scanCheckResults, scanEvaluations } from './schema';

export async function markAccountDeleted(tx: Tx, orgId: string, inventoryAccountId: string, at: Date): Promise<void> {
  await tx.insert(deletedAccounts).values({ orgId, inventoryAccountId, deletedAt: at }).onConflictDoNothing();
}

export async function isAccountDeleted(tx: Tx, orgId: string, inventoryAccountId: string): Promise<boolean> {
  const rows = await tx
    .select({ id: deletedAccounts.inventoryAccountId })
    .from(deletedAccounts)
    .where(and(eq(deletedAccounts.orgId, orgId), eq(deletedAccounts.inventoryAccountId, inventoryAccountId)));
  return rows.length > 0;
}

/**
 * Deletes the account's findings (their history and alert rows cascade) and the rows of its resources in the text
 * search's table; returns the deleted findings' keys.
 */
export async function deleteAccountFindings(tx: Tx, orgId: string, inventoryAccountId: string): Promise<string[]> {
  await tx.delete(findingResources).where(and(eq(findingResources.orgId, orgId), eq(findingResources.inventoryAccountId, inventoryAccountId)));
  const rows = await tx
    .delete(findings)
    .where(and(eq(findings.orgId, orgId), eq(findings.inventoryAccountId, inventoryAccountId)))
    .returning({ key: findings.findingKey });
  return rows.map((r) => r.key);
}

/** Deletes the account's scan evaluations and per-check tallies (what compliance and the posture trend read). */
export async function deleteAccountEvaluations(tx: Tx, orgId: string, inventoryAccountId: string): Promise<number> {
  await tx.delete(scanCheckResults).where(and(eq(scanCheckResults.orgId, orgId), eq(scanCheckResults.inventoryAccountId, inventoryAccountId)));
  const rows = await tx
    .delete(scanEvaluations)
    .where(and(eq(scanEvaluations.orgId, orgId), eq(scanEvaluations.inventoryAccountId, inventoryAccountId)))
    .returning({ id: scanEvaluations.scanId });
  return rows.length;
}

export async function listRuleScopes(tx: Tx, orgId: string) {
  return tx.select({ id: muteRules.id, accountIds: muteRules.accountIds, findingKeys: muteRules.findingKeys }).from(muteRules).where(eq(muteRules.orgId, orgId));
}

export async function deleteMuteRulesById(tx: Tx, orgId: string, ids: readonly string[]): Promise<number> {
  if (ids.length === 0) return 0;
  const rows = await tx
    .delete(muteRules)
    .where(and(eq(muteRules.orgId, orgId), inArray(muteRules.id, [...ids])))
    .returning({ id: muteRules.id });
  return rows.length;
}

/** Every (org, inventory account) with an evaluation and no tombstone: the accounts findings holds data for. */
export async function listEvaluatedAccounts(db: Database): Promise<{ orgId: string; accountId: string }[]> {
  return db
    .selectDistinct({ orgId: scanEvaluations.orgId, accountId: scanEvaluations.inventoryAccountId })
    .from(scanEvaluations)
    .where(
      notExists(
        db
          .select({ one: deletedAccounts.orgId })
          .from(deletedAccounts)
          .where(and(eq(deletedAccounts.orgId, scanEvaluations.orgId), eq(deletedAccounts.inventoryAccountId, scanEvaluations.inventoryAccountId))),
      ),
    );
}

/** The AWS account numbers the account's findings are about (one, unless it scanned several). */
export async function awsAccountIdsOfAccount(db: Database, orgId: string, inventoryAccountId: string): Promise<string[]> {
  const rows = await db
    .selectDistinct({ id: findings.accountId })
    .from(findings)
    .where(and(eq(findings.orgId, orgId), eq(findings.inventoryAccountId, inventoryAccountId)));
  return rows.map((r) => r.id);
}
