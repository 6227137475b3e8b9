/** Registering AWS accounts and reading them. Adding one is ADMIN-only (R1); the ExternalId is per org (A1). */
import { AppError, pageSize, requireRole, type Viewer } from '@cspmexa/server-kit';
import { z } from 'zod';
import { findAccount, insertAccount, listAccounts } from '../db/accounts';
import { getOrCreateExternalId } from '../db/org-settings';
import { isUniqueViolation } from '../db/pg-errors';
import { awsAuthMethods, type AwsAccountRow } from '../db/schema';
import type { InventoryDeps } from './deps';
import { generateExternalId, trustPolicy } from './external-id';
import { decodeTimeCursor, isUuid } from './ids';
import { parseRoleArn } from './role-arn';
import { readerOrg } from './viewer-org';

const REGION = /^[a-z]{2}(-[a-z]+)+-\d$/;

export const accountName = z.string().trim().min(1, 'Give the account a name.').max(100, 'The name is at most 100 characters.');

export const addAwsAccountInput = z
  .object({
    name: accountName,
    authMethod: z.enum(awsAuthMethods),
    roleArn: z.string().trim().nullish(),
    regions: z.array(z.string().regex(REGION, 'Not an AWS region name.')).max(40).nullish(),
  })
  .superRefine((input, ctx) => {
    if (input.authMethod === 'ASSUME_ROLE' && !(input.roleArn && parseRoleArn(input.roleArn))) {
      ctx.addIssue({ code: 'custom', path: ['roleArn'], message: 'ASSUME_ROLE needs an IAM role ARN (arn:aws:iam::<12 digits>:role/<name>).' });
    }
    if (input.authMethod === 'SNAPSHOT') {
      ctx.addIssue({ code: 'custom', path: ['authMethod'], message: 'Snapshot accounts are added with addSnapshotAccount (an uploaded file) or addDemoAccount.' });
    }
    if (input.authMethod === 'DEFAULT_CHAIN' && input.roleArn) {
      ctx.addIssue({ code: 'custom', path: ['roleArn'], message: 'A role ARN is only used with ASSUME_ROLE.' });
    }
  });
export type AddAwsAccountInput = z.input<typeof addAwsAccountInput>;

export function createAccountService(deps: Pick<InventoryDeps, 'db' | 'logger' | 'trustedPrincipalArn'>) {
  const { db } = deps;
  return {
    async addAwsAccount(viewer: Viewer | null, raw: AddAwsAccountInput): Promise<AwsAccountRow> {
      const admin = requireRole(viewer, 'ADMIN');
      const parsed = addAwsAccountInput.safeParse(raw);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new AppError('BAD_USER_INPUT', issue?.message ?? 'Invalid input.', { field: issue?.path.join('.') || undefined });
      }
      const input = parsed.data;
      const roleArn = input.authMethod === 'ASSUME_ROLE' ? (input.roleArn ?? null) : null;
      try {
        const row = await insertAccount(db, admin.orgId, {
          name: input.name,
          authMethod: input.authMethod,
          roleArn,
          awsAccountId: roleArn ? (parseRoleArn(roleArn)?.accountId ?? null) : null,
          regions: input.regions ? [...new Set(input.regions)] : null,
        });
        // Audit trail (L1): who connected which account.
        deps.logger.info({ audit: 'aws_account.added', actor: admin.userId, orgId: admin.orgId, accountId: row.id, authMethod: row.authMethod }, 'AWS account added');
        return row;
      } catch (err) {
        if (isUniqueViolation(err)) throw new AppError('CONFLICT', 'This role is already connected.', { field: 'roleArn' });
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

    /** The org's ExternalId, shown to admins only (R3). */
    async externalId(viewer: Viewer | null): Promise<string | null> {
      if (viewer?.kind !== 'user' || viewer.role !== 'ADMIN') return null;
      return getOrCreateExternalId(db, viewer.orgId, generateExternalId);
    },

    async onboarding(viewer: Viewer | null): Promise<{ externalId: string; trustPolicy: string }> {
      const admin = requireRole(viewer, 'ADMIN');
      const externalId = await getOrCreateExternalId(db, admin.orgId, generateExternalId);
      return { externalId, trustPolicy: trustPolicy(externalId, deps.trustedPrincipalArn) };
    },
  };
}
export type AccountService = ReturnType<typeof createAccountService>;
