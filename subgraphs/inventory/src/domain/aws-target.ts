/** What an AWS session of a stored account is built from: its method, role, the org's ExternalId, its opened keys. */
import type { AwsTarget } from '../aws/clients';
import { getOrCreateExternalId } from '../db/org-settings';
import type { AwsAccountRow } from '../db/schema';
import { openAccessKeys } from './access-keys';
import type { InventoryDeps } from './deps';
import { generateExternalId } from './external-id';

export async function accountTarget(deps: Pick<InventoryDeps, 'db' | 'credentialsKey' | 'defaultRegion'>, account: AwsAccountRow): Promise<AwsTarget> {
  const externalId = await getOrCreateExternalId(deps.db, account.orgId, generateExternalId);
  const accessKeys =
    account.authMethod === 'ACCESS_KEYS' && account.accessKeysSealed
      ? openAccessKeys(deps.credentialsKey, { orgId: account.orgId, accountId: account.id }, account.accessKeysSealed)
      : null;
  return { authMethod: account.authMethod, roleArn: account.roleArn, externalId, accessKeys, region: deps.defaultRegion };
}
