/**
 * Runs the auth subgraph over real HTTP on a fresh database, and calls it the way the gateway does: with a signed
 * assertion carrying the viewer taken from a verified access token.
 */
import crypto from 'node:crypto';
import {
  createMemoryEventBus,
  loadSecrets,
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
import { createUserStore } from '../src/db/users';
import type { UserRecord, UserStore } from '../src/domain/model';
import { hashPassword } from '../src/domain/password';
import { createAuthSubgraph, migrationsFolder } from '../src/index';

export interface GraphQLResponse<T = Record<string, any>> {
  status: number;
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

export async function startAuthHarness() {
  const handle: DatabaseHandle = await openTestDatabase();
  const config = testConfig();
  const secrets = loadSecrets(config);
  const bus = createMemoryEventBus();
  const deps = { config, secrets, db: handle.db, bus, logger: silentLogger };
  const running = await startSubgraph(createAuthSubgraph, migrationsFolder, { ...deps, handle, port: 0 });

  async function call<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}, viewer: Viewer | null = null) {
    const res = await fetch(running.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-cspmexa-assertion': signAssertion(viewer, { requestId: crypto.randomUUID() }, secrets.internalSecret),
      },
      body: JSON.stringify({ query, variables }),
    });
    return { status: res.status, ...((await res.json()) as object) } as GraphQLResponse<T>;
  }

  /** What the gateway derives from a bearer token. */
  function viewerFromToken(accessToken: string): UserViewer {
    const claims = verifyAccessToken(accessToken, secrets, { issuer: config.JWT_ISSUER, audience: config.JWT_AUDIENCE });
    return { kind: 'user', userId: claims.sub, orgId: claims.org, role: claims.role, email: claims.email };
  }

  const users = createUserStore(handle.db);
  const organizations = createOrganizationStore(handle.db);

  /** A fresh organization with the given users (unique names, so tests share the database without cleanup). */
  async function seedOrganization(roles: Role[], password = 'Seed-Password-123') {
    const slug = `org-${crypto.randomBytes(5).toString('hex')}`;
    const org = await organizations.ensure(slug, `Org ${slug}`);
    const passwordHash = await hashPassword(password);
    const members: UserRecord[] = [];
    for (const [i, role] of roles.entries()) {
      const user = await users.insertIfAbsent({ orgId: org.id, email: `user${i}@${slug}.test`, passwordHash, role, displayName: `User ${i}` });
      members.push(user!);
    }
    const viewerOf = (i: number): UserViewer => {
      const u = members[i]!;
      return { kind: 'user', userId: u.id, orgId: org.id, role: u.role, email: u.email };
    };
    return { org, members, password, viewerOf };
  }

  return {
    config,
    secrets,
    handle,
    users,
    url: running.url,
    running,
    call,
    viewerFromToken,
    seedOrganization,
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
