/**
 * M5: the MFA-pending token can do nothing but complete MFA. Every query and mutation of the product's API schema
 * is sent with it as the bearer token and refused (401), and where an operation takes a token as an argument it
 * does not pass for one either; only `verifyMfa` accepts it.
 */
import fs from 'node:fs';
import {
  buildSchema,
  getNamedType,
  isCompositeType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLField,
  type GraphQLInputType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { totpAt } from '../../subgraphs/auth/src/domain/mfa/totp';
import { startRealAuthStack, type RealAuthStack } from './support/real-auth-stack';

const api = buildSchema(fs.readFileSync(new URL('../../schema/api.graphql', import.meta.url), 'utf8'));

/** A literal of the argument's type (required input fields filled), so that each document is a valid operation. */
function literal(type: GraphQLInputType): string {
  if (isNonNullType(type)) return literal(type.ofType);
  if (isListType(type)) return `[${literal(type.ofType)}]`;
  if (isEnumType(type)) return type.getValues()[0]!.name;
  if (isInputObjectType(type)) {
    const required = Object.values(type.getFields()).filter((f) => isNonNullType(f.type));
    return `{ ${required.map((f) => `${f.name}: ${literal(f.type)}`).join(', ')} }`;
  }
  if (isScalarType(type) && (type.name === 'Int' || type.name === 'Float')) return '1';
  if (isScalarType(type) && type.name === 'Boolean') return 'true';
  if (isScalarType(type) && type.name === 'DateTime') return `"${new Date(Date.now() + 86_400_000).toISOString()}"`;
  return '"x"';
}

function documentFor(operation: 'query' | 'mutation', field: GraphQLField<unknown, unknown>): string {
  const args = field.args.filter((a) => isNonNullType(a.type)).map((a) => `${a.name}: ${literal(a.type)}`);
  const selection = isCompositeType(getNamedType(field.type)) ? ' { __typename }' : '';
  return `${operation} { ${field.name}${args.length ? `(${args.join(', ')})` : ''}${selection} }`;
}

const operations = (['query', 'mutation'] as const).flatMap((operation) => {
  const root = operation === 'query' ? api.getQueryType() : api.getMutationType();
  return Object.values(root!.getFields()).map((field) => [`${operation} ${field.name}`, documentFor(operation, field)] as const);
});

let s: RealAuthStack;
let mfaToken: string;
let seed: string;
beforeAll(async () => {
  s = await startRealAuthStack();
  const o = await s.auth.seedOrganization(['ADMIN']);
  seed = o.seeds.get(o.members[0]!.id)!;
  const login = await s.gql(`mutation($e: String!, $p: String!) { login(email: $e, password: $p) { mfaRequired mfaToken } }`, { e: o.members[0]!.email, p: o.password });
  expect(login.data!.login.mfaRequired).toBe(true);
  mfaToken = login.data!.login.mfaToken;
});
afterAll(async () => {
  await s?.close();
});

describe('the MFA-pending token', () => {
  it('covers the whole API: every query and mutation is in the list below', () => {
    expect(operations.length).toBeGreaterThan(40);
    expect(operations.map(([name]) => name)).toEqual(expect.arrayContaining(['query me', 'mutation assignRole', 'mutation createApiToken', 'query findings']));
  });

  it.each(operations)('M5 J3 refused as the bearer of %s (401)', async (_name, document) => {
    const r = await s.gql(document, {}, mfaToken);
    expect(r.status).toBe(401);
    expect(r.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(r.data).toBeUndefined();
  });

  it('M5 does not pass for a refresh token or a login code either', async () => {
    const refresh = await s.gql(`mutation($t: String!) { refreshToken(refreshToken: $t) { accessToken } }`, { t: mfaToken });
    expect(refresh.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await s.gql(`mutation($t: String!) { logout(refreshToken: $t) }`, { t: mfaToken })).data).toEqual({ logout: false });
    const exchange = await s.gql(`mutation($c: String!) { exchangeLoginCode(code: $c) { accessToken } }`, { c: mfaToken });
    expect(exchange.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('M5 completes MFA with verifyMfa, the one operation that accepts it', async () => {
    const r = await s.gql(`mutation($t: String!, $c: String!) { verifyMfa(mfaToken: $t, code: $c) { accessToken } }`, { t: mfaToken, c: await totpAt(seed, new Date()) });
    expect(r.errors).toBeUndefined();
    expect(r.data!.verifyMfa.accessToken).toMatch(/^eyJ/);
  });
});
