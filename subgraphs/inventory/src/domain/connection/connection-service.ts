/** `testAwsConnection` (ADMIN): tests a connected account, or the details of one about to be connected. */
import { AppError, requireRole, type Viewer } from '@cspmexa/server-kit';
import type { AwsTarget } from '../../aws/clients';
import { setAwsAccountNumber } from '../../db/accounts';
import { getOrCreateExternalId } from '../../db/org-settings';
import { connectionInput, validInput, type ConnectionInput } from '../account-input';
import { accountTarget } from '../aws-target';
import type { InventoryDeps } from '../deps';
import { generateExternalId } from '../external-id';
import { requireAccount } from '../require-account';
import { testConnection, type ConnectionTestResult } from './test-connection';

type Deps = Pick<InventoryDeps, 'db' | 'logger' | 'awsClients' | 'defaultRegion' | 'credentialsKey' | 'trustedPrincipal'>;

export function createConnectionService(deps: Deps) {
  const { db } = deps;

  async function storedTarget(orgId: string, accountId: string) {
    const account = await requireAccount(db, orgId, accountId);
    return { account, target: await accountTarget(deps, account), regions: account.regions };
  }

  async function proposedTarget(orgId: string, raw: ConnectionInput) {
    const input = validInput(connectionInput, raw);
    const target: AwsTarget = {
      authMethod: input.authMethod,
      roleArn: input.authMethod === 'ASSUME_ROLE' ? (input.roleArn ?? null) : null,
      externalId: await getOrCreateExternalId(db, orgId, generateExternalId),
      accessKeys: input.authMethod === 'ACCESS_KEYS' && input.accessKeyId && input.secretAccessKey ? { accessKeyId: input.accessKeyId, secretAccessKey: input.secretAccessKey } : null,
      region: deps.defaultRegion,
    };
    return { account: undefined, target, regions: input.regions ?? null };
  }

  return {
    async testAwsConnection(viewer: Viewer | null, args: { accountId?: string | null; input?: ConnectionInput | null }): Promise<ConnectionTestResult> {
      const admin = requireRole(viewer, 'ADMIN');
      if (Boolean(args.accountId) === Boolean(args.input)) {
        throw new AppError('BAD_USER_INPUT', 'Give either the id of a connected account or the details of a new one.', { field: 'accountId' });
      }
      const { account, target, regions } = args.accountId ? await storedTarget(admin.orgId, args.accountId) : await proposedTarget(admin.orgId, args.input as ConnectionInput);
      const session = deps.awsClients.session(target);
      let result: ConnectionTestResult;
      try {
        const principal = await deps.trustedPrincipal();
        result = await testConnection(session, { target, defaultRegion: deps.defaultRegion, regions, trustedPrincipalArn: principal.arn });
      } finally {
        session.destroy();
      }
      if (account && result.awsAccountId && account.awsAccountId !== result.awsAccountId) {
        await setAwsAccountNumber(db, admin.orgId, account.id, result.awsAccountId);
      }
      deps.logger.info(
        { orgId: admin.orgId, actor: admin.userId, accountId: account?.id, authMethod: target.authMethod, status: result.status, missing: result.missingPermissions.length },
        'AWS connection tested',
      );
      return result;
    },
  };
}
export type ConnectionService = ReturnType<typeof createConnectionService>;
