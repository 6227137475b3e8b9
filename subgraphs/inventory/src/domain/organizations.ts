/**
 * AWS Organizations onboarding (ADMIN): list the member accounts a connected management account (or delegated
 * administrator) sees, then connect the chosen members in one step, each through the same role name and the org's
 * ExternalId. Nothing is half-written: the new accounts are inserted by one statement.
 */
import { paginateListAccounts, type Account, type OrganizationsClient } from '@aws-sdk/client-organizations';
import { AppError, requireRole, type Viewer } from '@cspmexa/server-kit';
import { z } from 'zod';
import { connectedAwsAccountIds, insertAccounts } from '../db/accounts';
import { isUniqueViolation } from '../db/pg-errors';
import type { AwsAccountRow } from '../db/schema';
import { awsErrorCode, awsErrorMessage } from '../collectors/aws/aws-errors';
import { validInput } from './account-input';
import { roleConflict } from './accounts';
import { accountTarget } from './aws-target';
import type { InventoryDeps } from './deps';
import { roleNameSchema } from './onboarding/onboarding-service';
import { requireAccount } from './require-account';
import { parseRoleArn } from './role-arn';

export interface OrganizationMember {
  awsAccountId: string;
  name: string;
  email: string | null;
  status: string;
  joinedAt: Date | null;
  /** An account of this organization already scans it. */
  connected: boolean;
}

/** Organizations allows thousands of members; a page of 20 each, this many pages at most per discovery. */
const MAX_PAGES = 250;
const memberIdsSchema = z.array(z.string().regex(/^\d{12}$/, 'Member ids are 12-digit AWS account ids.')).min(1, 'Choose at least one member account.').max(500);

/** Every member the client's organization lists (ListAccounts, followed page by page up to MAX_PAGES). */
export async function listOrganizationMembers(client: OrganizationsClient, maxPages = MAX_PAGES): Promise<Account[]> {
  const members: Account[] = [];
  let pages = 0;
  for await (const page of paginateListAccounts({ client }, {})) {
    members.push(...(page.Accounts ?? []));
    if (++pages >= maxPages) break;
  }
  return members;
}

type Deps = Pick<InventoryDeps, 'db' | 'logger' | 'awsClients' | 'defaultRegion' | 'credentialsKey'>;

export function createOrganizationService(deps: Deps) {
  const { db } = deps;

  async function listMembers(management: AwsAccountRow): Promise<Account[]> {
    const session = deps.awsClients.session(await accountTarget(deps, management));
    try {
      return await listOrganizationMembers(session.organizations());
    } catch (err) {
      const code = awsErrorCode(err);
      throw new AppError(
        'BAD_USER_INPUT',
        `This account cannot list its organization's accounts (${code}: ${awsErrorMessage(err)}). Use the management account or a delegated administrator, allowed organizations:ListAccounts.`,
        { field: 'accountId' },
      );
    } finally {
      session.destroy();
    }
  }

  return {
    async discoverOrganizationAccounts(viewer: Viewer | null, accountId: string): Promise<OrganizationMember[]> {
      const admin = requireRole(viewer, 'ADMIN');
      const management = await requireAccount(db, admin.orgId, accountId);
      const [members, connected] = await Promise.all([listMembers(management), connectedAwsAccountIds(db, admin.orgId)]);
      return members
        .filter((m): m is Account & { Id: string } => Boolean(m.Id))
        .map((m) => ({
          awsAccountId: m.Id,
          name: m.Name ?? m.Id,
          email: m.Email ?? null,
          status: m.State ?? m.Status ?? 'UNKNOWN',
          joinedAt: m.JoinedTimestamp ?? null,
          connected: connected.has(m.Id),
        }))
        .sort((a, b) => a.name.localeCompare(b.name));
    },

    async addOrganizationAccounts(viewer: Viewer | null, accountId: string, rawMemberIds: string[], rawRoleName: string): Promise<AwsAccountRow[]> {
      const admin = requireRole(viewer, 'ADMIN');
      const memberIds = [...new Set(validInput(memberIdsSchema, rawMemberIds))];
      const roleName = validInput(roleNameSchema, rawRoleName);
      const management = await requireAccount(db, admin.orgId, accountId);
      const members = new Map((await listMembers(management)).map((m) => [m.Id, m]));
      const strangers = memberIds.filter((id) => !members.has(id));
      if (strangers.length > 0) throw new AppError('BAD_USER_INPUT', `Not members of this organization: ${strangers.join(', ')}.`, { field: 'memberIds' });
      const connected = await connectedAwsAccountIds(db, admin.orgId);
      const partition = (management.roleArn && parseRoleArn(management.roleArn)?.partition) || 'aws';
      const fresh = memberIds.filter((id) => !connected.has(id));
      try {
        const rows = await insertAccounts(
          db,
          admin.orgId,
          fresh.map((id) => ({
            name: members.get(id)?.Name ?? id,
            authMethod: 'ASSUME_ROLE' as const,
            roleArn: `arn:${partition}:iam::${id}:role/${roleName}`,
            awsAccountId: id,
            regions: management.regions,
          })),
        );
        deps.logger.info(
          { audit: 'aws_account.added', actor: admin.userId, orgId: admin.orgId, accountIds: rows.map((r) => r.id), via: 'organizations', managementAccountId: management.id },
          'AWS organization member accounts added',
        );
        return rows;
      } catch (err) {
        if (isUniqueViolation(err)) throw roleConflict();
        throw err;
      }
    },
  };
}
export type OrganizationService = ReturnType<typeof createOrganizationService>;
