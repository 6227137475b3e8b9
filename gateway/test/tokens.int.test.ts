/** J1-J4 through real HTTP: every malformed or foreign token is a 401 before any subgraph is asked. */
import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessClaims, encodeJwt, es256, hs256 } from './support/jwt';
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

const validHeader = () => ({ alg: 'ES256', typ: 'JWT', kid: stack.secrets.jwt.kid });
const claims = (overrides: Record<string, unknown> = {}) => accessClaims(stack.config, alice, overrides);
const signWithKey = (data: string) => es256(stack.secrets.jwt.privateKey)(data);

describe('access tokens at the gateway', () => {
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

  it('J1 alg none -> 401', async () => {
    const header = Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT', kid: stack.secrets.jwt.kid })).toString('base64url');
    const payload = Buffer.from(JSON.stringify(claims())).toString('base64url');
    await expect401(`${header}.${payload}.`);
  });

  it('J1 HS256 signed with the public key -> 401', async () => {
    const publicPem = stack.secrets.jwt.publicKeys.get(stack.secrets.jwt.kid)!.export({ type: 'spki', format: 'pem' });
    await expect401(encodeJwt({ ...validHeader(), alg: 'HS256' }, claims(), hs256(publicPem)));
  });

  it('J1 flipped signature byte -> 401', async () => {
    const [h, p, s] = encodeJwt(validHeader(), claims(), signWithKey).split('.') as [string, string, string];
    const signature = Buffer.from(s, 'base64url');
    signature[10] = (signature[10] ?? 0) ^ 0x01;
    await expect401(`${h}.${p}.${signature.toString('base64url')}`);
  });

  it('J2 expired 61 s ago -> 401', async () => {
    const now = Math.floor(Date.now() / 1000);
    await expect401(encodeJwt(validHeader(), claims({ iat: now - 400, exp: now - 61 }), signWithKey));
  });

  it('J2 no exp at all -> 401', async () => {
    const { exp: _exp, ...withoutExp } = claims();
    await expect401(encodeJwt(validHeader(), withoutExp, signWithKey));
  });

  it('J2 wrong aud -> 401', async () => {
    await expect401(encodeJwt(validHeader(), claims({ aud: 'another-api' }), signWithKey));
  });

  it('J2 wrong iss -> 401', async () => {
    await expect401(encodeJwt(validHeader(), claims({ iss: 'https://evil.example' }), signWithKey));
  });

  it('J3 refresh-typed token -> 401', async () => {
    await expect401(encodeJwt(validHeader(), claims({ typ: 'refresh' }), signWithKey));
  });

  it('J3 MFA-pending token -> 401', async () => {
    await expect401(encodeJwt(validHeader(), claims({ typ: 'mfa' }), signWithKey));
  });

  it('J4 unknown kid -> 401', async () => {
    await expect401(encodeJwt({ ...validHeader(), kid: 'not-a-configured-kid' }, claims(), signWithKey));
  });

  it('J4 an attacker key embedded as jwk is not followed -> 401', async () => {
    const attacker = crypto.generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const jwk = attacker.publicKey.export({ format: 'jwk' });
    await expect401(encodeJwt({ alg: 'ES256', typ: 'JWT', jwk, jku: 'https://evil.example/jwks' }, claims(), es256(attacker.privateKey)));
  });

  it('a non-Bearer Authorization header -> 401', async () => {
    const res = await postGraphQL(stack.gateway.url, WHOAMI, { headers: { authorization: 'Basic YWxpY2U6cGFzcw==' } });
    expect(res.status).toBe(401);
  });
});
