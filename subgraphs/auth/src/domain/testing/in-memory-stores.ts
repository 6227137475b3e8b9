/** In-memory stores with the same contracts as the drizzle ones, for the domain's unit tests. */
import crypto from 'node:crypto';
import type {
  AuditSink,
  AuthEvent,
  Organization,
  OrganizationStore,
  RefreshTokenRecord,
  RefreshTokenStore,
  UserRecord,
  UserStore,
} from '../model';
import type { ThrottleEntry, ThrottleStore } from '../throttle';

export function createMemoryOrganizationStore(): OrganizationStore & { all: Organization[] } {
  const all: Organization[] = [];
  return {
    all,
    async findById(orgId) {
      return all.find((o) => o.id === orgId) ?? null;
    },
    async ensure(slug, name) {
      const existing = all.find((o) => o.slug === slug);
      if (existing) return existing;
      const org = { id: crypto.randomUUID(), slug, name, createdAt: new Date() };
      all.push(org);
      return org;
    },
  };
}

export function createMemoryUserStore(): UserStore & { all: UserRecord[] } {
  const all: UserRecord[] = [];
  const find = (orgId: string, userId: string) => all.find((u) => u.orgId === orgId && u.id === userId);
  let tick = Date.UTC(2025, 0, 1);
  const store: UserStore & { all: UserRecord[] } = {
    all,
    async findByEmailForSignIn(email) {
      return all.filter((u) => u.email === email);
    },
    async findById(orgId, userId) {
      const u = find(orgId, userId);
      return u ? { ...u } : null;
    },
    async list(orgId, { limit, after }) {
      const inOrg = all
        .filter((u) => u.orgId === orgId)
        .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id));
      const rows = inOrg.filter(
        (u) => !after || u.createdAt > after.createdAt || (u.createdAt.getTime() === after.createdAt.getTime() && u.id > after.id),
      );
      return { rows: rows.slice(0, limit + 1), totalCount: inOrg.length };
    },
    async insertIfAbsent(user) {
      if (all.some((u) => u.orgId === user.orgId && u.email === user.email)) return null;
      const row: UserRecord = { ...user, id: crypto.randomUUID(), disabled: false, tokenVersion: 0, createdAt: new Date((tick += 1000)) };
      all.push(row);
      return { ...row };
    },
    async anyExists() {
      return all.length > 0;
    },
    async countActiveAdmins(orgId) {
      return all.filter((u) => u.orgId === orgId && u.role === 'ADMIN' && !u.disabled).length;
    },
    async setRole(orgId, userId, role) {
      const u = find(orgId, userId);
      if (!u) return null;
      u.role = role;
      u.tokenVersion += 1;
      return { ...u };
    },
    async bumpTokenVersion(orgId, userId) {
      const u = find(orgId, userId);
      if (u) u.tokenVersion += 1;
    },
    async setDisabled(orgId, userId, disabled) {
      const u = find(orgId, userId);
      if (!u) return null;
      u.disabled = disabled;
      u.tokenVersion += 1;
      return { ...u };
    },
    async setPasswordHash(orgId, userId, passwordHash) {
      const u = find(orgId, userId);
      if (u) u.passwordHash = passwordHash;
    },
    async withOrgLock(_orgId, work) {
      return work(store);
    },
  };
  return store;
}

export interface MemoryRefreshToken extends RefreshTokenRecord {
  tokenHash: string;
}

export function createMemoryRefreshTokenStore(): RefreshTokenStore & { all: MemoryRefreshToken[] } {
  const all: MemoryRefreshToken[] = [];
  return {
    all,
    async findByHash(tokenHash) {
      const t = all.find((r) => r.tokenHash === tokenHash);
      return t ? { ...t } : null;
    },
    async insert(token) {
      all.push({ ...token, id: crypto.randomUUID(), usedAt: null, revokedAt: null });
    },
    async rotate(orgId, spentId, successor, now) {
      const spent = all.find((r) => r.orgId === orgId && r.id === spentId && !r.usedAt && !r.revokedAt);
      if (!spent) return false;
      spent.usedAt = now;
      all.push({ ...successor, id: crypto.randomUUID(), usedAt: null, revokedAt: null });
      return true;
    },
    async revokeFamily(orgId, familyId, now) {
      const live = all.filter((r) => r.orgId === orgId && r.familyId === familyId && !r.revokedAt);
      for (const r of live) r.revokedAt = now;
      return live.length;
    },
  };
}

export function createRecordingAuditSink(): AuditSink & { events: AuthEvent[] } {
  const events: AuthEvent[] = [];
  return {
    events,
    record(event) {
      events.push(event);
    },
  };
}

export function createMemoryThrottleStore(): ThrottleStore {
  const entries = new Map<string, ThrottleEntry>();
  const live = (key: string, now: Date) => {
    const e = entries.get(key);
    return e && e.expiresAt > now ? e : null;
  };
  return {
    async read(keys, now) {
      return keys.map((k) => live(k, now)).filter((e): e is ThrottleEntry => e !== null);
    },
    async update(key, now, next) {
      entries.set(key, next(live(key, now)));
    },
    async remove(keys) {
      for (const k of keys) entries.delete(k);
    },
  };
}
