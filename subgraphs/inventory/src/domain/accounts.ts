/** Registering AWS accounts and reading them. Adding one is ADMIN-only (R1); the ExternalId is per org (A1). */
import crypto from 'node:crypto';
import { AppError, hasRole, pageSize, requireRole, requireService, type Viewer } from '@cspmexa/server-kit';
import { findAccount, insertAccount, listAccountIds, listAccounts } from '../db/accounts';
import { getOrCreateExternalId } from '../db/org-settings';
import { isUniqueViolation } from '../db/pg-errors';
import type { AwsAccountRow } from '../db/schema';
import { sealAccessKeys } from './access-keys';
import { addAwsAccountInput, uniqueRegions, validInput, type AddAwsAccountInput } from './account-input';
import type { InventoryDeps } from './deps';
import { generateExternalId } from './external-id';
import { decodeTimeCursor, isUuid } from './ids';
import { parseRoleArn } from './role-arn';
import { readerOrg } from './viewer-org';

export type { AddAwsAccountInput } from './account-input';

export const roleConflict = () => new AppError('CONFLICT', 'This role is already connected.', { field: 'roleArn' });

export function createAccountService(deps: Pick<InventoryDeps, 'db' | 'logger' | 'credentialsKey'>) {
  const { db } = deps;
  return {
    async addAwsAccount(viewer: Viewer | null, raw: AddAwsAccountInput): Promise<AwsAccountRow> {
      const admin = requireRole(viewer, 'ADMIN');
      const input = validInput(addAwsAccountInput, raw);
      const id = crypto.randomUUID();
      const roleArn = input.authMethod === 'ASSUME_ROLE' ? (input.roleArn ?? null) : null;
      const keys =
        input.authMethod === 'ACCESS_KEYS' && input.accessKeyId && input.secretAccessKey
          ? sealAccessKeys(deps.credentialsKey, { orgId: admin.orgId, accountId: id }, { accessKeyId: input.accessKeyId, secretAccessKey: input.secretAccessKey })
          : {};
      try {
        const row = await insertAccount(db, admin.orgId, {
          id,
          name: input.name,
          authMethod: input.authMethod,
          roleArn,
          awsAccountId: roleArn ? (parseRoleArn(roleArn)?.accountId ?? null) : null,
          regions: uniqueRegions(input.regions),
          ...keys,
        });
        // Audit trail (L1): who connected which account. The keys themselves are never logged (A3).
        deps.logger.info({ audit: 'aws_account.added', actor: admin.userId, orgId: admin.orgId, accountId: row.id, authMethod: row.authMethod }, 'AWS account added');
        return row;
      } catch (err) {
        if (isUniqueViolation(err)) throw roleConflict();
        throw err;
      }
    },

    async account(viewer: Viewer | null, id: string): Promise<AwsAccountRow | null> {
      const orgId = readerOrg(viewer);
      return (isUuid(id) && (await findAccount(db, orgId, id))) || null;
    },

    async accounts(viewer: Viewer | null, first: number | null | undefined, after: string | null | undefined) {
      const orgId = readerOrg(viewer);
      const limit = pageSize(first);
      const cursor = decodeTimeCursor(after);
      const page = await listAccounts(db, orgId, { limit, after: cursor && { createdAt: cursor.at, id: cursor.id } });
      return { ...page, limit };
    },

    /**
     * Internal: every account of the service's org, unpaged (an org has tens, not millions). The findings subgraph
     * compares it with the accounts it holds findings for, to purge those deleted while it missed the event.
     */
    async connectedAccounts(viewer: Viewer | null) {
      return listAccountIds(db, requireService(viewer).orgId);
    },

    /** The org's ExternalId, shown to admins (with MFA) only (R3). */
    async externalId(viewer: Viewer | null): Promise<string | null> {
      if (!hasRole(viewer, 'ADMIN') || viewer?.kind !== 'user') return null;
      return getOrCreateExternalId(db, viewer.orgId, generateExternalId);
    },
  };
}
export type AccountService = ReturnType<typeof createAccountService>;
