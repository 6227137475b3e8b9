/**
 * The bus delivers at most once: a findings process that is down (or restarting) when inventory announces a
 * deleted account never purges it, and the account's findings stay in every list. This sweep closes that gap:
 * now and then it compares the accounts findings holds evaluations for with the accounts inventory still has,
 * and purges the missing ones exactly as the event would have (the same purge, idempotent, with its tombstone).
 *
 * Safe against races because account ids are never reused: the candidates are read before inventory is asked, so
 * an account created meanwhile is not a candidate, and an account inventory does not list is gone for good. An org
 * whose inventory answer fails is skipped (never "no accounts, purge everything").
 */
import type { AccountDeletedEvent, Database, Logger } from '@cspmexa/server-kit';
import { awsAccountIdsOfAccount, listEvaluatedAccounts } from '../db/account-purge';
import type { PurgeOutcome } from './account-purge';
import type { ConnectedAccountsSource } from './connected-accounts';

export interface ReconcileDeps {
  db: Database;
  logger: Logger;
  connectedAccounts: ConnectedAccountsSource;
  purgeAccount: (event: AccountDeletedEvent) => Promise<PurgeOutcome>;
}

/** Returns the accounts purged in this round. */
export function createAccountReconcile(deps: ReconcileDeps) {
  return async function reconcileDeletedAccounts(): Promise<{ orgId: string; accountId: string }[]> {
    const byOrg = new Map<string, string[]>();
    for (const { orgId, accountId } of await listEvaluatedAccounts(deps.db)) byOrg.set(orgId, [...(byOrg.get(orgId) ?? []), accountId]);
    const purged: { orgId: string; accountId: string }[] = [];
    for (const [orgId, candidates] of byOrg) {
      let connected;
      try {
        connected = await deps.connectedAccounts(orgId);
      } catch (err) {
        deps.logger.warn({ err, orgId }, 'could not list the connected accounts; deleted accounts of this org are reconciled next round');
        continue;
      }
      const live = new Set(connected.map((a) => a.id));
      const liveAwsIds = new Set(connected.flatMap((a) => (a.awsAccountId ? [a.awsAccountId] : [])));
      for (const accountId of candidates.filter((id) => !live.has(id))) {
        // The AWS number is released (mute rules naming it can go) when no remaining account of the org has it.
        const awsIds = await awsAccountIdsOfAccount(deps.db, orgId, accountId);
        const releasedAwsAccountId = awsIds.length === 1 && !liveAwsIds.has(awsIds[0]!) ? awsIds[0]! : null;
        await deps.purgeAccount({ orgId, accountId, releasedAwsAccountId });
        deps.logger.warn({ orgId, accountId }, 'purged the findings of an account deleted while its deletion event was missed');
        purged.push({ orgId, accountId });
      }
    }
    return purged;
  };
}
