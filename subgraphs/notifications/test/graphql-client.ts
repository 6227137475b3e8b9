/** Calls the running subgraph over HTTP as the gateway would: with a signed assertion naming the viewer. */
import crypto from 'node:crypto';
import { ASSERTION_HEADER, signAssertion, type UserViewer } from '@cspmexa/server-kit';

export interface GraphQLResult<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; field?: string } }[];
}

export function graphqlClient(url: string, internalSecret: string) {
  return async function request<T = Record<string, unknown>>(
    viewer: UserViewer | null,
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<GraphQLResult<T>> {
    const res = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        [ASSERTION_HEADER]: signAssertion(viewer, { requestId: crypto.randomUUID() }, internalSecret),
      },
      body: JSON.stringify({ query, variables }),
    });
    return (await res.json()) as GraphQLResult<T>;
  };
}

export function member(orgId: string, role: UserViewer['role']): UserViewer {
  // Admins signed in with MFA, as they must be for admin work (M5).
  return { kind: 'user', userId: crypto.randomUUID(), orgId, role, email: `${role.toLowerCase()}@example.test`, mfa: role === 'ADMIN' };
}

export async function waitFor<T>(probe: () => Promise<T>, ready: (value: T) => boolean, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (ready(value)) return value;
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms; last value: ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
