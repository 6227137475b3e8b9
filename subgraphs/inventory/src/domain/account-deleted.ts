/**
 * Tells the other parts that an account is gone, so that findings purges what it derived from the account's scans.
 * The deletion is committed before this runs: a bus that cannot take the event is logged and neither undoes the
 * deletion nor fails the admin's request (the bus is at-most-once either way).
 */
import type { AccountDeletedEvent } from '@cspmexa/server-kit';
import { awsAccountIdInUse } from '../db/accounts';
import type { InventoryDeps } from './deps';

export async function announceAccountDeleted(
  deps: Pick<InventoryDeps, 'db' | 'bus' | 'logger'>,
  orgId: string,
  accountId: string,
  awsAccountId: string | null,
): Promise<void> {
  const released = awsAccountId && !(await awsAccountIdInUse(deps.db, orgId, awsAccountId)) ? awsAccountId : null;
  const event: AccountDeletedEvent = { orgId, accountId, releasedAwsAccountId: released };
  await deps.bus.publish('inventory.account.deleted', event).catch((err: unknown) => deps.logger.error({ err, orgId, accountId }, 'publishing inventory.account.deleted failed'));
}
