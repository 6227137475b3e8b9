/**
 * A gateway in front of the real auth subgraph (real database, token versions, API tokens) plus the fake inventory
 * and findings subgraphs, whose alerts tests publish on the bus: sockets and HTTP go through everything J5 needs.
 */
import fs from 'node:fs';
import { createMemoryEventBus, type EventBus } from '@cspmexa/server-kit';
import { silentLogger } from '@cspmexa/server-kit/testing';
import { totpAt } from '../../../subgraphs/auth/src/domain/mfa/totp';
import { startAuthHarness, type AuthHarness } from '../../../subgraphs/auth/test/harness';
import { composeSupergraph } from '../../src/compose';
import { createGateway, type GatewayOptions, type RunningGateway } from '../../src/create-gateway';
import { startFakeSubgraphs, type FakeSubgraphs } from './fake-subgraphs';
import { observeBus, type ObservedBus } from './stack';

export type SeededOrg = Awaited<ReturnType<AuthHarness['seedOrganization']>>;

export interface RealAuthStack {
  auth: AuthHarness;
  fakes: FakeSubgraphs;
  gateway: RunningGateway;
  /** The bus auth publishes on and the main gateway listens to, observed. */
  bus: ObservedBus;
  /** Another gateway on the same subgraphs; its own bus when `bus` is given (it then hears no revocation). */
  startGateway(overrides?: Partial<Pick<GatewayOptions, 'bus' | 'socketRecheckIntervalMs'>>): Promise<RunningGateway>;
  gql(query: string, variables?: Record<string, unknown>, token?: string): Promise<GqlResult>;
  /** Signs member i in through the gateway, completing MFA with the seeded factor when there is one. */
  signIn(o: SeededOrg, i: number): Promise<{ accessToken: string; refreshToken: string }>;
  close(): Promise<void>;
}

export interface GqlResult {
  status: number;
  data?: Record<string, any> | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

const LOGIN = `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken refreshToken mfaRequired mfaToken } }`;
const VERIFY = `mutation($t: String!, $c: String) { verifyMfa(mfaToken: $t, code: $c) { accessToken refreshToken } }`;

export async function startRealAuthStack(): Promise<RealAuthStack> {
  const auth = await startAuthHarness();
  const fakes = await startFakeSubgraphs(auth.secrets.internalSecret, silentLogger);
  const authSdl = fs.readFileSync(new URL('../../../subgraphs/auth/src/schema.graphql', import.meta.url), 'utf8');
  const { supergraphSdl } = composeSupergraph([{ name: 'auth', url: auth.url, sdl: authSdl }, ...fakes.sdls.filter((s) => s.name !== 'auth')]);
  const bus = observeBus(auth.bus);
  const gateways: RunningGateway[] = [];
  const buses: EventBus[] = [];
  const startGateway: RealAuthStack['startGateway'] = async (overrides = {}) => {
    if (overrides.bus) buses.push(overrides.bus);
    const gateway = await createGateway({
      config: auth.config,
      secrets: auth.secrets,
      logger: silentLogger,
      bus,
      supergraphSdl,
      subgraphUrls: { auth: auth.url, inventory: fakes.urls.inventory, findings: fakes.urls.findings },
      port: 0,
      staticDir: '/nonexistent',
      ...overrides,
    });
    gateways.push(gateway);
    return gateway;
  };
  const gateway = await startGateway();

  const gql: RealAuthStack['gql'] = async (query, variables = {}, token) => {
    const res = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return { status: res.status, ...((await res.json()) as object) };
  };

  return {
    auth,
    fakes,
    gateway,
    bus,
    startGateway,
    gql,
    async signIn(o, i) {
      const user = o.members[i]!;
      const first = await gql(LOGIN, { e: user.email, p: o.password });
      if (first.errors) throw new Error(JSON.stringify(first.errors));
      if (!first.data!.login.mfaRequired) return first.data!.login;
      const second = await gql(VERIFY, { t: first.data!.login.mfaToken, c: await totpAt(o.seeds.get(user.id)!, new Date()) });
      if (second.errors) throw new Error(JSON.stringify(second.errors));
      return second.data!.verifyMfa;
    },
    async close() {
      for (const g of gateways) await g.close();
      for (const b of buses) await b.close();
      await fakes.close();
      await auth.close();
    },
  };
}

export const separateBus = () => createMemoryEventBus(silentLogger);
