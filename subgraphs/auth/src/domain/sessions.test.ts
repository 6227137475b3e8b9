import { beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '@cspmexa/server-kit';
import type { RequestInfo, UserRecord } from './model';
import { hashPassword } from './password';
import { hashRefreshToken } from './refresh-token';
import { createSessionService, type Session } from './sessions';
import { createAttemptLimiter } from './throttle';
import {
  createMemoryRefreshTokenStore,
  createMemoryUserStore,
  createMemoryThrottleStore,
  createRecordingAuditSink,
} from './testing/in-memory-stores';

const ORG = '00000000-0000-4000-8000-000000000001';
const PASSWORD = 'a-long-enough-password';

async function setup() {
  const users = createMemoryUserStore();
  const refreshTokens = createMemoryRefreshTokenStore();
  const audit = createRecordingAuditSink();
  let now = new Date('2025-03-01T10:00:00Z');
  const clock = () => now;
  const service = createSessionService({
    users,
    refreshTokens,
    audit,
    clock,
    refreshTokenTtlSeconds: 3600,
    issueAccessToken: (u: UserRecord) => ({ token: `access:${u.id}:v${u.tokenVersion}`, expiresAt: new Date(now.getTime() + 900_000) }),
    limiter: createAttemptLimiter('login', createMemoryThrottleStore(), clock),
    mfaEnrolled: async () => false,
    issueMfaToken: () => 'mfa-token',
    notifyUserChanged: async () => undefined,
  });
  // These users have no second factor: sign-in always ends in a session.
  const sessions = {
    ...service,
    async login(email: string, password: string, request: RequestInfo): Promise<Session> {
      const result = await service.login(email, password, request);
      if (result.mfaRequired) throw new Error('unexpected MFA challenge');
      return result;
    },
  };
  const alice = (await users.insertIfAbsent({
    orgId: ORG,
    email: 'alice@example.test',
    passwordHash: await hashPassword(PASSWORD),
    role: 'ANALYST',
    displayName: 'Alice',
  }))!;
  const advance = (seconds: number) => {
    now = new Date(now.getTime() + seconds * 1000);
  };
  return { users, refreshTokens, audit, sessions, alice, advance };
}

async function errorOf(promise: Promise<unknown>): Promise<AppError> {
  const err = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  return err as AppError;
}

const req = { requestId: 'r1', ip: '127.0.0.1' };

describe('login', () => {
  let t: Awaited<ReturnType<typeof setup>>;
  beforeEach(async () => {
    t = await setup();
  });

  it('issues an access token with the current token version and a stored, hashed refresh token', async () => {
    const s = await t.sessions.login('  Alice@Example.TEST ', PASSWORD, req);
    expect(s.user.id).toBe(t.alice.id);
    expect(s.accessToken).toBe(`access:${t.alice.id}:v0`);
    expect(s.mfaRequired).toBe(false);
    expect(t.refreshTokens.all).toHaveLength(1);
    expect(t.refreshTokens.all[0]!.tokenHash).toBe(hashRefreshToken(s.refreshToken));
    expect(t.refreshTokens.all[0]!.expiresAt.toISOString()).toBe('2025-03-01T11:00:00.000Z');
    expect(t.audit.events).toContainEqual(expect.objectContaining({ action: 'login.succeeded', orgId: ORG, actorId: t.alice.id }));
  });

  it('gives a wrong password, an unknown email and a disabled account the same error', async () => {
    const wrong = await errorOf(t.sessions.login('alice@example.test', 'not-the-password', req));
    const unknown = await errorOf(t.sessions.login('nobody@example.test', PASSWORD, req));
    t.users.all[0]!.disabled = true;
    const disabled = await errorOf(t.sessions.login('alice@example.test', PASSWORD, req));
    for (const e of [wrong, unknown, disabled]) {
      expect(e.code).toBe('UNAUTHENTICATED');
      expect(e.userMessage).toBe('Invalid email or password.');
    }
    expect(t.refreshTokens.all).toHaveLength(0);
  });

  it('upgrades a hash made with older parameters', async () => {
    t.users.all[0]!.passwordHash = await hashPassword(PASSWORD, { ln: 10, r: 8, p: 1 });
    await t.sessions.login('alice@example.test', PASSWORD, req);
    expect(t.users.all[0]!.passwordHash).toMatch(/^scrypt\$ln=15,/);
  });
});

describe('refresh', () => {
  let t: Awaited<ReturnType<typeof setup>>;
  beforeEach(async () => {
    t = await setup();
  });

  it('rotates: the new token works, the spent one is marked used, both in one family', async () => {
    const first = await t.sessions.login('alice@example.test', PASSWORD, req);
    const second = await t.sessions.refresh(first.refreshToken, req);
    expect(second.refreshToken).not.toBe(first.refreshToken);
    const third = await t.sessions.refresh(second.refreshToken, req);
    expect(third.user.id).toBe(t.alice.id);
    const [a, b, c] = t.refreshTokens.all;
    expect(a!.usedAt).not.toBeNull();
    expect(b!.usedAt).not.toBeNull();
    expect(c!.usedAt).toBeNull();
    expect(new Set([a!.familyId, b!.familyId, c!.familyId]).size).toBe(1);
  });

  it('replaying a spent token revokes the whole family and the access tokens', async () => {
    const first = await t.sessions.login('alice@example.test', PASSWORD, req);
    const second = await t.sessions.refresh(first.refreshToken, req);
    const replay = await errorOf(t.sessions.refresh(first.refreshToken, req));
    expect(replay.code).toBe('UNAUTHENTICATED');
    expect(t.refreshTokens.all.every((r) => r.revokedAt)).toBe(true);
    expect(t.users.all[0]!.tokenVersion).toBe(1);
    expect((await errorOf(t.sessions.refresh(second.refreshToken, req))).code).toBe('UNAUTHENTICATED');
    expect(t.audit.events.map((e) => e.action)).toContain('token.reuse_detected');
  });

  it('leaves other sign-ins of the same user alone on reuse', async () => {
    const laptop = await t.sessions.login('alice@example.test', PASSWORD, req);
    const phone = await t.sessions.login('alice@example.test', PASSWORD, req);
    await t.sessions.refresh(laptop.refreshToken, req);
    await errorOf(t.sessions.refresh(laptop.refreshToken, req));
    const next = await t.sessions.refresh(phone.refreshToken, req);
    expect(next.accessToken).toBe(`access:${t.alice.id}:v1`);
  });

  it('treats losing a concurrent rotation as reuse', async () => {
    const first = await t.sessions.login('alice@example.test', PASSWORD, req);
    const results = await Promise.allSettled([t.sessions.refresh(first.refreshToken, req), t.sessions.refresh(first.refreshToken, req)]);
    expect(results.filter((r) => r.status === 'rejected')).toHaveLength(1);
    expect(t.refreshTokens.all.every((r) => r.revokedAt)).toBe(true);
  });

  it('refuses expired, unknown and garbage tokens, and tokens of a disabled user', async () => {
    const s = await t.sessions.login('alice@example.test', PASSWORD, req);
    t.advance(3601);
    expect((await errorOf(t.sessions.refresh(s.refreshToken, req))).code).toBe('UNAUTHENTICATED');
    expect((await errorOf(t.sessions.refresh('not-a-token', req))).code).toBe('UNAUTHENTICATED');
    const fresh = await t.sessions.login('alice@example.test', PASSWORD, req);
    t.users.all[0]!.disabled = true;
    expect((await errorOf(t.sessions.refresh(fresh.refreshToken, req))).code).toBe('UNAUTHENTICATED');
  });
});

describe('logout', () => {
  it('revokes the family and bumps the token version; an unknown token is false', async () => {
    const t = await setup();
    const s = await t.sessions.login('alice@example.test', PASSWORD, req);
    const rotated = await t.sessions.refresh(s.refreshToken, req);
    expect(await t.sessions.logout(rotated.refreshToken, req)).toBe(true);
    expect(t.refreshTokens.all.every((r) => r.revokedAt)).toBe(true);
    expect(t.users.all[0]!.tokenVersion).toBe(1);
    expect((await errorOf(t.sessions.refresh(rotated.refreshToken, req))).code).toBe('UNAUTHENTICATED');
    expect(await t.sessions.logout('never-issued', req)).toBe(false);
  });
});
