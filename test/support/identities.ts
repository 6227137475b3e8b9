/**
 * Identities for tests through the gateway. No public API creates an organization, so a second tenant (and users
 * with a password in an existing one) are seeded through auth's own stores, test-only; everything after that goes
 * through the gateway the way the dashboard does it: password sign-in, then MFA enrolment for admins, whose
 * confirmation hands out the session that passed MFA (M5).
 */
import crypto from 'node:crypto';
import { expect } from 'vitest';
import type { Role } from '@cspmexa/server-kit';
import { createOrganizationStore } from '../../subgraphs/auth/src/db/organizations';
import { createUserStore } from '../../subgraphs/auth/src/db/users';
import { totpAt } from '../../subgraphs/auth/src/domain/mfa/totp';
import { hashPassword } from '../../subgraphs/auth/src/domain/password';
import type { Harness } from './product-harness';

export interface Member {
  id: string;
  email: string;
  role: Role;
  password: string;
}

const PASSWORD = 'Seeded-Password-123';

/** Users with a password in `orgId`, written through auth's user store. */
export async function seedMembers(h: Harness, orgId: string, roles: Role[]): Promise<Member[]> {
  const users = createUserStore(h.db);
  const passwordHash = await hashPassword(PASSWORD);
  const members: Member[] = [];
  for (const role of roles) {
    const email = `${role.toLowerCase()}-${crypto.randomBytes(4).toString('hex')}@${orgId.slice(0, 8)}.test`;
    const user = await users.insertIfAbsent({ orgId, email, passwordHash, role, displayName: `${role} ${email}` });
    members.push({ id: user!.id, email, role, password: PASSWORD });
  }
  return members;
}

/** A new organization (a second tenant) with these users. */
export async function seedOrganization(h: Harness, roles: Role[]): Promise<{ orgId: string; members: Member[] }> {
  const slug = `tenant-${crypto.randomBytes(5).toString('hex')}`;
  const org = await createOrganizationStore(h.db).ensure(slug, `Tenant ${slug}`);
  return { orgId: org.id, members: await seedMembers(h, org.id, roles) };
}

export interface SessionTokens {
  accessToken: string;
  refreshToken: string;
}

const LOGIN = `mutation SignIn($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken refreshToken mfaRequired } }`;
const ENROL = `mutation EnrolMfa { enrolMfa { otpauthUri } }`;
const CONFIRM = `mutation ConfirmMfa($c: String!) { confirmMfa(code: $c) { session { accessToken refreshToken } } }`;

/** A password sign-in of a user without a second factor. */
export async function signIn(h: Harness, email: string, password: string): Promise<SessionTokens> {
  const r = await h.gql<{ login: SessionTokens & { mfaRequired: boolean } }>(LOGIN, { e: email, p: password });
  expect(r.errors).toBeUndefined();
  expect(r.data!.login.mfaRequired).toBe(false);
  return r.data!.login;
}

/** Enrols TOTP on the signed-in user's account and returns the session `confirmMfa` hands out (it passed MFA). */
export async function enrolMfa(h: Harness, accessToken: string): Promise<SessionTokens> {
  const enrolled = await h.gql<{ enrolMfa: { otpauthUri: string } }>(ENROL, {}, accessToken);
  expect(enrolled.errors).toBeUndefined();
  const seed = new URL(enrolled.data!.enrolMfa.otpauthUri).searchParams.get('secret')!;
  const confirmed = await h.gql<{ confirmMfa: { session: SessionTokens } }>(CONFIRM, { c: await totpAt(seed, new Date()) }, accessToken);
  expect(confirmed.errors).toBeUndefined();
  return confirmed.data!.confirmMfa.session;
}

/** An admin as the dashboard makes one on first sign-in: password, then MFA enrolment. */
export async function adminSession(h: Harness, email: string, password: string): Promise<string> {
  return (await enrolMfa(h, (await signIn(h, email, password)).accessToken)).accessToken;
}

/** An API token of the signed-in user (`cspx_...`). */
export async function createApiToken(h: Harness, accessToken: string, scopes: ('READ' | 'WRITE')[]): Promise<{ id: string; token: string }> {
  const r = await h.gql<{ createApiToken: { token: string; apiToken: { id: string } } }>(
    'mutation($i: CreateApiTokenInput!) { createApiToken(input: $i) { token apiToken { id } } }',
    { i: { name: `token ${scopes.join('+')}`, scopes, expiresAt: new Date(Date.now() + 86_400_000).toISOString() } },
    accessToken,
  );
  expect(r.errors).toBeUndefined();
  return { id: r.data!.createApiToken.apiToken.id, token: r.data!.createApiToken.token };
}

/** The data of a query that must succeed. */
export async function ok<T = Record<string, any>>(h: Harness, query: string, variables: Record<string, unknown>, token: string): Promise<T> {
  const r = await h.gql<T>(query, variables, token);
  expect(r.errors, query).toBeUndefined();
  return r.data!;
}
