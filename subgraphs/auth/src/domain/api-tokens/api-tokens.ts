/**
 * API tokens for integrators: `cspx_` + 32 random bytes, shown once, stored as sha256. A token acts for its owner
 * in the owner's organization: WRITE with the owner's current role, READ as an analyst that cannot run mutations
 * (the gateway refuses those). Tokens cannot manage tokens or identities.
 */
import crypto from 'node:crypto';
import { AppError, hasRole, requireService, requireUser, type ApiTokenScope, type Role, type Viewer } from '@cspmexa/server-kit';
import { authorizeSelf, type AccessDeps } from '../access';
import type { Clock, RequestInfo, UserChangeNotifier } from '../model';
import type { ApiTokenRecord, ApiTokenStore } from './model';

export const API_TOKEN_PREFIX = 'cspx_';
const MAX_LIFETIME_DAYS = 366;

export interface ApiTokenDeps extends Pick<AccessDeps, 'users' | 'audit'> {
  apiTokens: ApiTokenStore;
  clock: Clock;
  notifyUserChanged: UserChangeNotifier;
}

export function hashApiToken(token: string): string {
  return crypto.createHash('sha256').update(token, 'utf8').digest('hex');
}

export async function createApiToken(
  deps: ApiTokenDeps,
  viewer: Viewer | null,
  args: { name: string; scopes: ApiTokenScope[]; expiresAt: Date },
  request: RequestInfo,
): Promise<{ token: string; apiToken: ApiTokenRecord }> {
  const owner = await authorizeSelf(deps, viewer);
  const name = args.name.trim();
  if (!name || name.length > 100) throw new AppError('BAD_USER_INPUT', 'Name the token (at most 100 characters).', { field: 'name' });
  if (args.scopes.length === 0) throw new AppError('BAD_USER_INPUT', 'Choose at least one scope.', { field: 'scopes' });
  const now = deps.clock().getTime();
  const lifetime = args.expiresAt.getTime() - now;
  if (lifetime <= 0 || lifetime > MAX_LIFETIME_DAYS * 86_400_000) {
    throw new AppError('BAD_USER_INPUT', `The expiry must be in the future and within ${MAX_LIFETIME_DAYS} days.`, { field: 'expiresAt' });
  }
  const token = API_TOKEN_PREFIX + crypto.randomBytes(32).toString('base64url');
  const scope: ApiTokenScope = args.scopes.includes('WRITE') ? 'WRITE' : 'READ';
  // A token is as strong as the session that made it: an admin's token does admin work only if that session passed MFA (M5).
  const mfa = requireUser(viewer).mfa === true;
  const apiToken = await deps.apiTokens.insert({ orgId: owner.orgId, userId: owner.id, name, scope, mfa, expiresAt: args.expiresAt, tokenHash: hashApiToken(token) });
  await deps.audit.record({ action: 'api_token.created', orgId: owner.orgId, actorId: owner.id, target: apiToken.id, details: { name, scope } }, request);
  return { token, apiToken };
}

export async function listApiTokens(deps: ApiTokenDeps, viewer: Viewer | null): Promise<ApiTokenRecord[]> {
  const owner = await authorizeSelf(deps, viewer);
  return deps.apiTokens.listByOwner(owner.orgId, owner.id);
}

/** The owner revokes their token; an admin may revoke any token of the organization. */
export async function revokeApiToken(deps: ApiTokenDeps, viewer: Viewer | null, id: string, request: RequestInfo): Promise<ApiTokenRecord> {
  const actor = await authorizeSelf(deps, viewer);
  const existing = isUuid(id) ? await deps.apiTokens.findById(actor.orgId, id) : null;
  if (!existing || (existing.userId !== actor.id && !hasRole(viewer, 'ADMIN'))) throw new AppError('NOT_FOUND', 'No such API token.', { field: 'id' });
  const revoked = existing.revokedAt ? existing : await deps.apiTokens.revoke(actor.orgId, id, deps.clock());
  if (!revoked) throw new AppError('NOT_FOUND', 'No such API token.', { field: 'id' });
  if (!existing.revokedAt) {
    await deps.notifyUserChanged(revoked.orgId, revoked.userId);
    await deps.audit.record({ action: 'api_token.revoked', orgId: actor.orgId, actorId: actor.id, target: revoked.id }, request);
  }
  return revoked;
}

export interface ApiTokenPrincipal {
  tokenId: string;
  orgId: string;
  userId: string;
  email: string;
  role: Role;
  scope: ApiTokenScope;
  /** True when the token was created from a session that passed MFA. */
  mfa: boolean;
  expiresAt: Date;
}

/** Internal (gateway only): who a presented token acts as; null when unknown, revoked, expired or owner disabled. */
export async function authenticateApiToken(deps: ApiTokenDeps, viewer: Viewer | null, tokenHash: string): Promise<ApiTokenPrincipal | null> {
  requireService(viewer);
  const token = await deps.apiTokens.findByHashForAuthentication(tokenHash);
  const now = deps.clock();
  if (!token || token.revokedAt || token.expiresAt.getTime() <= now.getTime()) return null;
  const owner = await deps.users.findById(token.orgId, token.userId);
  if (!owner || owner.disabled) return null;
  await deps.apiTokens.touch(token.orgId, token.id, now);
  const role: Role = token.scope === 'WRITE' ? owner.role : 'ANALYST';
  return { tokenId: token.id, orgId: token.orgId, userId: owner.id, email: owner.email, role, scope: token.scope, mfa: token.mfa, expiresAt: token.expiresAt };
}

function isUuid(value: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
}
