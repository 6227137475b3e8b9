import { ApolloClient, ApolloLink, gql, InMemoryCache } from '@apollo/client';
import { GraphQLError } from 'graphql';
import { Observable, of } from 'rxjs';
import { describe, expect, it, vi } from 'vitest';
import { createAuthRecoveryLink } from './authRecoveryLink';
import type { RefreshOutcome } from './sessionRefresher';

const unauthenticated = { errors: [new GraphQLError('expired', { extensions: { code: 'UNAUTHENTICATED' } })] };
const ok = { data: { me: { id: 'u1' } } };

/** A terminating link that answers from a script and counts calls. */
function scriptedTransport(responses: object[]) {
  const calls: string[] = [];
  const link = new ApolloLink((operation) => {
    calls.push(operation.operationName ?? '');
    return of(responses.shift() ?? ok) as unknown as Observable<ApolloLink.Result>;
  });
  return { link, calls };
}

const viewerQuery = gql`
  query Viewer {
    me {
      id
    }
  }
`;

/** Runs the operation through a real client, as the app does; resolves with its data, rejects with its error. */
async function run(link: ApolloLink, document = viewerQuery) {
  const client = new ApolloClient({ cache: new InMemoryCache(), link });
  const isMutation = document.definitions.some((d) => d.kind === 'OperationDefinition' && d.operation === 'mutation');
  const result = isMutation
    ? await client.mutate({ mutation: document })
    : await client.query({ query: document, fetchPolicy: 'no-cache' });
  return [{ data: result.data }];
}

function setup(outcome: RefreshOutcome, responses: object[]) {
  const refresh = vi.fn(async () => outcome);
  const onSessionExpired = vi.fn();
  const transport = scriptedTransport(responses);
  const link = createAuthRecoveryLink({ refresher: { refresh }, onSessionExpired }).concat(transport.link);
  return { link, refresh, onSessionExpired, calls: transport.calls };
}

describe('createAuthRecoveryLink', () => {
  it('refreshes once and replays the operation after UNAUTHENTICATED', async () => {
    const { link, refresh, onSessionExpired, calls } = setup('refreshed', [unauthenticated, ok]);

    const results = await run(link);

    expect(results).toEqual([ok]);
    expect(refresh).toHaveBeenCalledTimes(1);
    expect(calls).toEqual(['Viewer', 'Viewer']);
    expect(onSessionExpired).not.toHaveBeenCalled();
  });

  it('ends the session when the refresh token is rejected', async () => {
    const { link, onSessionExpired, calls } = setup('rejected', [unauthenticated]);

    await expect(run(link)).rejects.toBeTruthy();
    expect(onSessionExpired).toHaveBeenCalledTimes(1);
    expect(calls).toEqual(['Viewer']);
  });

  it('ends the session when the replay is rejected again instead of looping', async () => {
    const { link, refresh, onSessionExpired } = setup('refreshed', [unauthenticated, unauthenticated]);

    await expect(run(link)).rejects.toBeTruthy();
    expect(refresh).toHaveBeenCalledTimes(1);
    expect(onSessionExpired).toHaveBeenCalledTimes(1);
  });

  it('leaves a failed sign-in alone: wrong credentials are not an expired session', async () => {
    const { link, refresh, onSessionExpired } = setup('refreshed', [unauthenticated]);

    await expect(run(link, gql`mutation SignIn { login(email: "a", password: "b") { accessToken } }`)).rejects.toBeTruthy();
    expect(refresh).not.toHaveBeenCalled();
    expect(onSessionExpired).not.toHaveBeenCalled();
  });
});
