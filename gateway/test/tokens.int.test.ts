/** J1-J4 through real HTTP: every malformed or foreign token is a 401 before any subgraph is asked. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { badTokens } from './support/bad-tokens';
import { postGraphQL, startStack, type Stack } from './support/stack';

const alice = { userId: 'u-alice', orgId: 'org-a', role: 'ADMIN' as const, email: 'alice@example.test' };
const WHOAMI = '{ whoami { userId orgId role email } }';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(async () => {
  await stack?.close();
});

async function expect401(token: string) {
  const res = await postGraphQL(stack.gateway.url, WHOAMI, { token });
  expect(res.status).toBe(401);
  expect(res.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  expect(res.body.data).toBeUndefined();
}

describe('access tokens at the gateway (J1 J2 J3 J4)', () => {
  it('a valid token reaches the subgraph as its user', async () => {
    const res = await postGraphQL(stack.gateway.url, WHOAMI, { token: stack.token(alice) });
    expect(res.status).toBe(200);
    expect(res.body.data?.whoami).toEqual({ userId: 'u-alice', orgId: 'org-a', role: 'ADMIN', email: 'alice@example.test' });
  });

  it('no token is anonymous, not an error', async () => {
    const res = await postGraphQL(stack.gateway.url, WHOAMI);
    expect(res.status).toBe(200);
    expect(res.body.data?.whoami).toBeNull();
  });

  it.each(Object.keys(badTokens))('%s -> 401', async (name) => {
    await expect401(badTokens[name]!({ config: stack.config, secrets: stack.secrets, user: alice }));
  });

  it('a non-Bearer Authorization header -> 401', async () => {
    const res = await postGraphQL(stack.gateway.url, WHOAMI, { headers: { authorization: 'Basic YWxpY2U6cGFzcw==' } });
    expect(res.status).toBe(401);
  });
});
