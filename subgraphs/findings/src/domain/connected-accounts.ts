/**
 * Which inventory accounts still exist, asked of the inventory subgraph with a service assertion (its internal
 * `connectedAccounts` query). Tests pass a function instead.
 */
import { callSubgraph } from '@cspmexa/server-kit';

export interface ConnectedAccount {
  id: string;
  awsAccountId: string | null;
}

export type ConnectedAccountsSource = (orgId: string) => Promise<ConnectedAccount[]>;

const QUERY = 'query FindingsConnectedAccounts { connectedAccounts { id awsAccountId } }';

export function inventoryConnectedAccounts(opts: { inventoryUrl: string; internalSecret: string }): ConnectedAccountsSource {
  return async (orgId) => {
    const answer = await callSubgraph<{ connectedAccounts: ConnectedAccount[] }>(opts.inventoryUrl, QUERY, {}, {
      viewer: { kind: 'service', service: 'findings', orgId },
      internalSecret: opts.internalSecret,
    });
    return answer.connectedAccounts;
  };
}
