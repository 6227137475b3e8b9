/**
 * When inventory deletes an account, its findings leave every list, facet, compliance report and posture trend, as
 * in Security Hub or Prowler once an account is disconnected: the findings (with their history and alerts), the
 * scan evaluations and per-check tallies, and the mute rules that could only ever match that account. The purge is
 * idempotent (a repeated event finds nothing left) and leaves a tombstone that late evaluations respect.
 */
import type { AccountDeletedEvent, Database, Logger } from '@cspmexa/server-kit';
import {
  deleteAccountEvaluations,
  deleteAccountFindings,
  deleteMuteRulesById,
  listRuleScopes,
  markAccountDeleted,
} from '../db/account-purge';
import { inEvaluationTransaction } from '../db/evaluation-store';

export interface RuleScope {
  id: string;
  accountIds: readonly string[] | null;
  findingKeys: readonly string[] | null;
}

/**
 * The rules left matching nothing: an account scope naming only the deleted account (its AwsAccount id, or its AWS
 * id once no other account of the org has it), or a bulk mute whose findings were all purged (while another account
 * still has the AWS id, its rescans recreate those keys, so the rule stays).
 */
export function rulesOnlyFor(rules: readonly RuleScope[], gone: { accountId: string; releasedAwsAccountId: string | null; purgedKeys: ReadonlySet<string> }): string[] {
  const goneIds = new Set([gone.accountId, ...(gone.releasedAwsAccountId ? [gone.releasedAwsAccountId] : [])]);
  return rules
    .filter((rule) => {
      if (rule.accountIds?.length && rule.accountIds.every((id) => goneIds.has(id))) return true;
      return !!gone.releasedAwsAccountId && !!rule.findingKeys?.length && rule.findingKeys.every((key) => gone.purgedKeys.has(key));
    })
    .map((rule) => rule.id);
}

export interface PurgeOutcome {
  findings: number;
  evaluations: number;
  muteRules: number;
}

export function createAccountPurge(deps: { db: Database; logger: Logger; now?: () => Date }) {
  const now = deps.now ?? (() => new Date());
  return async function purgeAccount(event: AccountDeletedEvent): Promise<PurgeOutcome> {
    const outcome = await inEvaluationTransaction(deps.db, event.orgId, async (tx) => {
      await markAccountDeleted(tx, event.orgId, event.accountId, now());
      const purgedKeys = new Set(await deleteAccountFindings(tx, event.orgId, event.accountId));
      const evaluations = await deleteAccountEvaluations(tx, event.orgId, event.accountId);
      const stale = rulesOnlyFor(await listRuleScopes(tx, event.orgId), { ...event, purgedKeys });
      return { findings: purgedKeys.size, evaluations, muteRules: await deleteMuteRulesById(tx, event.orgId, stale) };
    });
    deps.logger.info({ orgId: event.orgId, accountId: event.accountId, ...outcome }, 'deleted account purged from findings');
    return outcome;
  };
}
