import { useMutation, useQuery } from '@apollo/client/react';
import { Badge, EmptyState, Table, VisuallyHidden } from '@mantine/core';
import { formatDateTime } from '../../../components/formatDateTime';
import { QueryState } from '../../../components/QueryState';
import { ConfirmedActionButton } from '../ConfirmedActionButton';
import { ApiTokensDocument, RevokeApiTokenDocument } from './apiTokens';
import { tokenState } from './tokenExpiry';

const STATE_COLOURS = { Active: 'green', Expired: 'gray', Revoked: 'red' } as const;

function RevokeButton({ token }: { token: { id: string; name: string } }) {
  const [revoke] = useMutation(RevokeApiTokenDocument, { variables: { id: token.id } });
  return (
    <ConfirmedActionButton
      label="Revoke"
      ariaLabel={`Revoke ${token.name}`}
      title="Revoke API token?"
      confirmLabel="Revoke token"
      run={() => revoke()}
      failure="Could not revoke the token. Try again."
    >
      Integrations using “{token.name}” stop working within seconds. This cannot be undone.
    </ConfirmedActionButton>
  );
}

/** The caller's tokens, newest first, with when each last authenticated a request. */
export function ApiTokensTable({ now = () => new Date() }: { now?: () => Date }) {
  const query = useQuery(ApiTokensDocument);
  return (
    <QueryState
      value={query.data}
      query={query}
      errorTitle="Could not load the API tokens"
      loadingLabel="Loading API tokens"
      loadingRows={3}
      isEmpty={(data) => data.apiTokens.length === 0}
      empty={<EmptyState title="No API tokens" description="Create a token to call the GraphQL API from a script or a SIEM." />}
    >
      {(data) => (
        <Table.ScrollContainer minWidth={720}>
          <Table aria-label="API tokens">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Name</Table.Th>
                <Table.Th scope="col">Access</Table.Th>
                <Table.Th scope="col">State</Table.Th>
                <Table.Th scope="col">Last used</Table.Th>
                <Table.Th scope="col">Expires</Table.Th>
                <Table.Th scope="col">
                  <VisuallyHidden>Actions</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.apiTokens.map((token) => {
                const state = tokenState(token, now());
                return (
                  <Table.Tr key={token.id}>
                    <Table.Td fw={600}>{token.name}</Table.Td>
                    <Table.Td>{token.scopes.includes('WRITE') ? 'Read and write' : 'Read only'}</Table.Td>
                    <Table.Td>
                      <Badge color={STATE_COLOURS[state]} variant="light">
                        {state}
                      </Badge>
                    </Table.Td>
                    <Table.Td>{token.lastUsedAt ? formatDateTime(token.lastUsedAt) : 'Never'}</Table.Td>
                    <Table.Td>{formatDateTime(token.expiresAt)}</Table.Td>
                    <Table.Td>{state === 'Active' && <RevokeButton token={token} />}</Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </QueryState>
  );
}
