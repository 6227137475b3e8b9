/**
 * Three small subgraphs standing in for the real ones, served with server-kit's `serveSubgraph` so they verify the
 * gateway's assertion exactly like production subgraphs. They record what they saw, so tests can assert on it.
 */
import { requireUser, serveSubgraph, type Logger, type RunningSubgraph, type SubgraphContext, type SubgraphModule, type Viewer } from '@cspmexa/server-kit';
import { parse } from 'graphql';

const federation = 'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable"])';

const authSdl = `${federation}
"""Root queries of the fake auth subgraph."""
type Query {
  """Who the subgraph believes is calling (from the gateway's assertion); null when anonymous."""
  whoami: Whoami
}
"""The asserted caller."""
type Whoami {
  """User id."""
  userId: ID!
  """Organisation id."""
  orgId: ID!
  """Role."""
  role: String!
  """Email."""
  email: String!
}
`;

const inventorySdl = `${federation}
"""Root queries of the fake inventory subgraph."""
type Query {
  """One resource by id."""
  resource(id: ID!): Resource
  """A self-nesting chain, to test depth limits; every resolved level is counted."""
  deep: Deep
  """Always fails with an internal-looking message."""
  boom: String
  """Answers pong."""
  ping: String
  """Answers pong after 300 ms (shutdown drain)."""
  slowPing: String
  """Progress of one scan of the caller's org."""
  scanProgressSnapshot(scanId: ID!): ScanProgress
}
"""Live events of the fake inventory."""
type Subscription {
  """Progress of one scan."""
  scanProgress(
    """The scan."""
    scanId: ID!
  ): ScanProgress!
}
"""How far a scan has come."""
type ScanProgress {
  """The scan."""
  scanId: ID!
  """Phase name."""
  phase: String!
  """0-100."""
  percentage: Int!
}
"""A cloud resource (entity owned here)."""
type Resource @key(fields: "id") {
  """Id."""
  id: ID!
  """ARN."""
  arn: String!
}
"""A level of the chain."""
type Deep {
  """Level number."""
  level: Int!
  """The next level."""
  next: Deep
}
`;

const findingsSdl = `${federation}
"""Root queries of the fake findings subgraph."""
type Query {
  """One alert by id."""
  alert(id: ID!): Alert
}
"""Live events."""
type Subscription {
  """Alerts as they are raised."""
  alertRaised(
    """Lowest severity delivered."""
    minSeverity: Severity
  ): Alert!
}
"""Severity, most severe first."""
enum Severity {
  """Critical."""
  CRITICAL
  """High."""
  HIGH
  """Medium."""
  MEDIUM
  """Low."""
  LOW
  """Informational."""
  INFO
}
"""An alert."""
type Alert @key(fields: "id") {
  """Id."""
  id: ID!
  """Severity."""
  severity: Severity!
  """Title."""
  title: String!
  """The resource it is about (owned by inventory)."""
  resource: Resource
}
"""Findings' contribution to inventory's resource."""
type Resource @key(fields: "id") {
  """Id."""
  id: ID!
  """Open findings of this resource."""
  findingCount: Int!
}
`;

export interface FakeAlert {
  id: string;
  orgId: string;
  severity: 'CRITICAL' | 'HIGH' | 'MEDIUM' | 'LOW' | 'INFO';
  title: string;
  resourceId: string;
}

export interface FakeScanProgress {
  scanId: string;
  orgId: string;
  phase: string;
  percentage: number;
}

export interface Recorded {
  /** Resolved `Deep` levels (G1: must stay 0 for a rejected query). */
  deepCalls: number;
  /** Viewers the alert resolver ran for (S2: events of other orgs must not get this far). */
  alertViewers: (Viewer | null)[];
}

export interface FakeSubgraphs {
  sdls: { name: string; url: string; sdl: string }[];
  urls: { auth: string; inventory: string; findings: string };
  recorded: Recorded;
  alerts: Map<string, FakeAlert>;
  /** What `scanProgressSnapshot` answers, by scan id (scoped to the caller's org). */
  scanProgress: Map<string, FakeScanProgress>;
  close(): Promise<void>;
}

type Resolvers = SubgraphModule['resolvers'];
export async function startFakeSubgraphs(internalSecret: string, logger: Logger): Promise<FakeSubgraphs> {
  const recorded: Recorded = { deepCalls: 0, alertViewers: [] };
  const alerts = new Map<string, FakeAlert>();
  const scanProgress = new Map<string, FakeScanProgress>();
  const resources = new Map([['r1', { id: 'r1', arn: 'arn:aws:s3:::bucket-one' }]]);

  const authResolvers: Resolvers = {
    Query: {
      whoami: (_: unknown, __: unknown, ctx: SubgraphContext) => {
        if (!ctx.viewer) return null;
        const user = requireUser(ctx.viewer);
        return { userId: user.userId, orgId: user.orgId, role: user.role, email: user.email };
      },
    },
  };
  const deep = (level: number) => {
    recorded.deepCalls += 1;
    return { level };
  };
  const inventoryResolvers: Resolvers = {
    Query: {
      resource: (_: unknown, { id }: { id: string }, ctx: SubgraphContext) => {
        requireUser(ctx.viewer);
        return resources.get(id) ?? null;
      },
      deep: () => deep(1),
      boom: () => {
        throw new Error('relation "secret_table" does not exist: SELECT password FROM secret_table');
      },
      ping: () => 'pong',
      slowPing: () => new Promise((resolve) => setTimeout(() => resolve('pong'), 300)),
      scanProgressSnapshot: (_: unknown, { scanId }: { scanId: string }, ctx: SubgraphContext) => {
        const progress = scanProgress.get(scanId);
        return progress && progress.orgId === requireUser(ctx.viewer).orgId ? { ...progress } : null;
      },
    },
    Deep: { next: (parent: { level: number }) => deep(parent.level + 1) },
    Resource: { __resolveReference: (ref: { id: string }) => resources.get(ref.id) ?? null },
  };
  const findingsResolvers: Resolvers = {
    Query: {
      // Deliberately NOT scoped by org: the subscription tests prove the gateway's own tenant filter.
      alert: (_: unknown, { id }: { id: string }, ctx: SubgraphContext) => {
        recorded.alertViewers.push(ctx.viewer);
        requireUser(ctx.viewer);
        const alert = alerts.get(id);
        return alert ? { ...alert, resource: { id: alert.resourceId } } : null;
      },
    },
    Resource: { findingCount: (ref: { id: string }) => (ref.id === 'r1' ? 3 : 0) },
  };
  const served: RunningSubgraph[] = [];
  const serve = async (name: SubgraphModule['name'], sdl: string, resolvers: Resolvers) => {
    const running = await serveSubgraph({ name, typeDefs: parse(sdl), resolvers }, { host: '127.0.0.1', port: 0, internalSecret, logger });
    served.push(running);
    return running.url;
  };
  const urls = {
    auth: await serve('auth', authSdl, authResolvers),
    inventory: await serve('inventory', inventorySdl, inventoryResolvers),
    findings: await serve('findings', findingsSdl, findingsResolvers),
  };
  return {
    sdls: [
      { name: 'auth', url: urls.auth, sdl: authSdl },
      { name: 'inventory', url: urls.inventory, sdl: inventorySdl },
      { name: 'findings', url: urls.findings, sdl: findingsSdl },
    ],
    urls,
    recorded,
    alerts,
    scanProgress,
    close: async () => {
      await Promise.all(served.map((s) => s.close()));
    },
  };
}
