/**
 * Runs the auth subgraph over real HTTP on a fresh database, and calls it the way the gateway does: with a signed
 * assertion carrying the viewer taken from a verified access token.
 */
import crypto from 'node:crypto';
import {
  createMemoryEventBus,
  loadSecrets,
  openDatabase,
  sessionPassedMfa,
  signAssertion,
  startSubgraph,
  verifyAccessToken,
  type DatabaseHandle,
  type Role,
  type UserViewer,
  type Viewer,
} from '@cspmexa/server-kit';
import { openTestDatabase, silentLogger, testConfig } from '@cspmexa/server-kit/testing';
import { createOrganizationStore } from '../src/db/organizations';
import { createMfaStore } from '../src/db/mfa';
import { createUserStore } from '../src/db/users';
import { encryptSeed } from '../src/domain/mfa/seed-cipher';
import { newTotpSeed } from '../src/domain/mfa/totp';
import type { UserRecord, UserStore } from '../src/domain/model';
import { hashPassword } from '../src/domain/password';
import { createAuthSubgraph, migrationsFolder } from '../src/index';

export interface GraphQLResponse<T = Record<string, any>> {
  status: number;
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

export async function startAuthHarness(configOverrides: Record<string, string> = {}) {
  const handle: DatabaseHandle & { url?: string } = await openTestDatabase();
  const config = testConfig(configOverrides);
  const secrets = loadSecrets(config);
  const bus = createMemoryEventBus();
  const deps = { config, secrets, db: handle.db, bus, logger: silentLogger };
  const running = await startSubgraph(createAuthSubgraph, migrationsFolder, { ...deps, handle, port: 0 });

  /** Calls a subgraph instance the way the gateway does. */
  const caller = (url: string) =>
    async function call<T = Record<string, any>>(
      query: string,
      variables: Record<string, unknown> = {},
      viewer: Viewer | null = null,
      meta: { ip?: string; userAgent?: string; requestId?: string } = {},
    ) {
      const res = await fetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-cspmexa-assertion': signAssertion(viewer, { requestId: crypto.randomUUID(), ...meta }, secrets.internalSecret),
        },
        body: JSON.stringify({ query, variables }),
      });
      return { status: res.status, ...((await res.json()) as object) } as GraphQLResponse<T>;
    };
  const call = caller(running.url);

  /**
   * A second auth instance (another replica) over the same database: on PostgreSQL through a pool of its own, on
   * PGlite through the same in-process database (the only way to share it).
   */
  async function startReplica() {
    const replicaHandle = handle.url ? await openDatabase({ databaseUrl: handle.url }) : handle;
    const replicaBus = createMemoryEventBus();
    const replica = await startSubgraph(createAuthSubgraph, migrationsFolder, { ...deps, db: replicaHandle.db, handle: replicaHandle, bus: replicaBus, port: 0 });
    return {
      call: caller(replica.url),
      close: async () => {
        await replica.close();
        await replicaBus.close();
        if (replicaHandle !== handle) await replicaHandle.close();
      },
    };
  }

  /** What the gateway derives from a bearer token. */
  function viewerFromToken(accessToken: string): UserViewer {
    const claims = verifyAccessToken(accessToken, secrets, { issuer: config.JWT_ISSUER, audience: config.JWT_AUDIENCE });
    return { kind: 'user', userId: claims.sub, orgId: claims.org, role: claims.role, email: claims.email, mfa: sessionPassedMfa(claims) };
  }

  const users = createUserStore(handle.db);
  const organizations = createOrganizationStore(handle.db);
  const mfa = createMfaStore(handle.db);

  /** Gives the user a confirmed TOTP factor (as enrolMfa + confirmMfa would); returns the seed for computing codes. */
  async function enrolMfaDirectly(user: UserRecord): Promise<string> {
    const seed = newTotpSeed();
    await mfa.startEnrolment(user.orgId, user.id, encryptSeed(secrets.mfaEncryptionKey, { orgId: user.orgId, userId: user.id }, seed));
    await mfa.confirm(user.orgId, user.id, 0, new Date(), []);
    return seed;
  }

  /**
   * A fresh organization with the given users (unique names, so tests share the database without cleanup). Admins
   * get MFA unless `adminMfa` is false: identity administration needs it (M5).
   */
  async function seedOrganization(roles: Role[], password = 'Seed-Password-123', opts: { adminMfa?: boolean } = {}) {
    const slug = `org-${crypto.randomBytes(5).toString('hex')}`;
    const org = await organizations.ensure(slug, `Org ${slug}`);
    const passwordHash = await hashPassword(password);
    const members: UserRecord[] = [];
    const seeds = new Map<string, string>();
    for (const [i, role] of roles.entries()) {
      const user = await users.insertIfAbsent({ orgId: org.id, email: `user${i}@${slug}.test`, passwordHash, role, displayName: `User ${i}` });
      members.push(user!);
      if (role === 'ADMIN' && opts.adminMfa !== false) seeds.set(user!.id, await enrolMfaDirectly(user!));
    }
    /** As after a sign-in: with MFA for the members that have a factor. */
    const viewerOf = (i: number): UserViewer => {
      const u = members[i]!;
      return { kind: 'user', userId: u.id, orgId: org.id, role: u.role, email: u.email, mfa: seeds.has(u.id) };
    };
    return { org, members, password, viewerOf, seeds };
  }

  return {
    config,
    secrets,
    handle,
    bus,
    users,
    url: running.url,
    running,
    call,
    startReplica,
    viewerFromToken,
    seedOrganization,
    enrolMfaDirectly,
    close: async () => {
      await running.close();
      await bus.close();
      await handle.close();
    },
  };
}

export type AuthHarness = Awaited<ReturnType<typeof startAuthHarness>>;

/** Widens a race window: inside the org lock, waits between counting the admins and acting on the count. */
export function pauseAfterCountingAdmins(users: UserStore, ms: number): UserStore {
  return {
    ...users,
    withOrgLock: (orgId, work) =>
      users.withOrgLock(orgId, (tx) =>
        work({
          ...tx,
          countActiveAdmins: async (id) => {
            const n = await tx.countActiveAdmins(id);
            await new Promise((resolve) => setTimeout(resolve, ms));
            return n;
          },
        }),
      ),
  };
}
