/**
 * Changing and removing connected accounts (ADMIN). Each change is one UPDATE or one DELETE, so nothing is ever
 * half-written. The audit trail lives in the auth subgraph, out of inventory's reach: these actions are logged as
 * structured `audit` entries (actor, action, target, changed field names; never values) like addAwsAccount's.
 */
import { AppError, requireRole, type Viewer } from '@cspmexa/server-kit';
import { deleteIdleAccount, updateAccount, type AccountChanges } from '../db/accounts';
import { announceAccountDeleted } from './account-deleted';
import { isUniqueViolation } from '../db/pg-errors';
import type { AwsAccountRow } from '../db/schema';
import { sealAccessKeys } from './access-keys';
import { uniqueRegions, updateAwsAccountInput, validInput, type UpdateAwsAccountInput } from './account-input';
import { roleConflict } from './accounts';
import type { InventoryDeps } from './deps';
import { isUuid } from './ids';
import { accountNotFound, requireAccount } from './require-account';
import { parseRoleArn } from './role-arn';

const badField = (field: string, message: string) => new AppError('BAD_USER_INPUT', message, { field });

export function createAccountChanges(deps: Pick<InventoryDeps, 'db' | 'bus' | 'logger' | 'credentialsKey'>) {
  const { db } = deps;

  function changesFor(account: AwsAccountRow, input: ReturnType<typeof updateAwsAccountInput.parse>): AccountChanges {
    const changes: AccountChanges = {};
    if (input.name !== undefined) changes.name = input.name;
    if (input.regions !== undefined) changes.regions = uniqueRegions(input.regions);
    if (input.roleArn !== undefined) {
      if (account.authMethod !== 'ASSUME_ROLE') throw badField('roleArn', 'A role ARN is only used with ASSUME_ROLE.');
      changes.roleArn = input.roleArn;
      changes.awsAccountId = parseRoleArn(input.roleArn)?.accountId ?? null;
    }
    if (input.accessKeyId !== undefined || input.secretAccessKey !== undefined) {
      if (account.authMethod !== 'ACCESS_KEYS') throw badField('accessKeyId', 'Access keys are only used with ACCESS_KEYS.');
      if (!input.accessKeyId || !input.secretAccessKey) throw badField('secretAccessKey', 'Replace the keys with both the access key id and its secret.');
      Object.assign(changes, sealAccessKeys(deps.credentialsKey, { orgId: account.orgId, accountId: account.id }, { accessKeyId: input.accessKeyId, secretAccessKey: input.secretAccessKey }));
      // New keys may belong to another account: the next scan or connection test tells.
      changes.awsAccountId = null;
    }
    return changes;
  }

  return {
    async updateAwsAccount(viewer: Viewer | null, id: string, raw: UpdateAwsAccountInput): Promise<AwsAccountRow> {
      const admin = requireRole(viewer, 'ADMIN');
      const input = validInput(updateAwsAccountInput, raw);
      const account = await requireAccount(db, admin.orgId, id);
      const changes = changesFor(account, input);
      if (Object.keys(changes).length === 0) return account;
      try {
        const row = await updateAccount(db, admin.orgId, id, changes);
        if (!row) throw accountNotFound();
        const fields = Object.keys(changes).filter((k) => k !== 'accessKeysSealed' && k !== 'awsAccountId');
        deps.logger.info({ audit: 'aws_account.updated', actor: admin.userId, orgId: admin.orgId, accountId: id, fields }, 'AWS account updated');
        return row;
      } catch (err) {
        if (isUniqueViolation(err)) throw roleConflict();
        throw err;
      }
    },

    /**
     * Removes the account, its scans and its resources; refused while a scan of it is queued or running. Findings
     * purges the account's findings on `inventory.account.deleted`.
     */
    async deleteAwsAccount(viewer: Viewer | null, id: string): Promise<string> {
      const admin = requireRole(viewer, 'ADMIN');
      const deleted = isUuid(id) ? await deleteIdleAccount(db, admin.orgId, id) : { outcome: 'missing' as const };
      if (deleted.outcome === 'missing') throw accountNotFound();
      if (deleted.outcome === 'busy') throw new AppError('CONFLICT', 'A scan of this account is queued or running: cancel it first.');
      deps.logger.info({ audit: 'aws_account.deleted', actor: admin.userId, orgId: admin.orgId, accountId: id }, 'AWS account deleted');
      await announceAccountDeleted(deps, admin.orgId, id, deleted.awsAccountId);
      return id;
    },
  };
}
export type AccountChangesService = ReturnType<typeof createAccountChanges>;
