/**
 * What a subgraph is built from, and how one runs on its own (one process per subgraph, DATABASE_URL/REDIS_URL).
 * The single-process default (scripts/start.ts) wires the same pieces once for all four.
 */
import { actionServiceSink, type ActionSink } from './action-audit';
import { authAuditDelivery, createAuditOutbox, type AuditOutbox, type AuditOutboxTable, type DrainerTuning } from './audit-outbox';
import { auditServiceSink, type DenialSink } from './authorization-audit';
import type { AppConfig } from './config';
import { loadConfig } from './config';
import { openDatabase, type Database, type DatabaseHandle } from './db';
import { createEventBus, type EventBus } from './event-bus';
import { createLogger, type Logger } from './logger';
import { loadSecrets, type Secrets } from './secrets';
import { serveSubgraph, type RunningSubgraph, type SubgraphModule } from './subgraph-server';

export interface SubgraphDeps {
  config: AppConfig;
  secrets: Secrets;
  db: Database;
  bus: EventBus;
  logger: Logger;
  /** Audit outbox drainer tuning (tests shorten the backoff and polling). */
  auditOutboxTuning?: DrainerTuning;
}

export type SubgraphFactory = (deps: SubgraphDeps) => Promise<SubgraphModule>;

export const subgraphPorts = (config: AppConfig): Record<SubgraphModule['name'], number> => ({
  auth: config.AUTH_PORT,
  inventory: config.INVENTORY_PORT,
  findings: config.FINDINGS_PORT,
  notifications: config.NOTIFICATIONS_PORT,
});

/** A subgraph's audit outbox on its own database (`table` in its schema), delivering to the auth subgraph. */
export function subgraphAuditOutbox(deps: SubgraphDeps, subgraph: SubgraphModule['name'], table: AuditOutboxTable): AuditOutbox {
  return createAuditOutbox({
    db: deps.db,
    table,
    deliver: authAuditDelivery({ authUrl: deps.config.AUTH_URL, internalSecret: deps.secrets.internalSecret, subgraph }),
    logger: deps.logger.child({ subgraph }),
    ...(deps.auditOutboxTuning ? { tuning: deps.auditOutboxTuning } : {}),
  });
}

/** Migrates, starts background work, then serves. Returns a stop function that undoes it in reverse order. */
export async function startSubgraph(
  factory: SubgraphFactory,
  migrationsFolder: string,
  deps: SubgraphDeps & { handle: DatabaseHandle; port?: number; denialSink?: DenialSink; actionSink?: ActionSink },
): Promise<RunningSubgraph & { module: SubgraphModule }> {
  const module = await factory(deps);
  await deps.handle.migrate({ migrationsFolder, schema: module.name });
  await module.start?.();
  const outbox = module.auditOutbox;
  outbox?.drainer.start();
  const served = await serveSubgraph(module, {
    host: deps.config.SUBGRAPH_HOST,
    port: deps.port ?? subgraphPorts(deps.config)[module.name],
    internalSecret: deps.secrets.internalSecret,
    logger: deps.logger,
    ready: deps.handle.ping,
    // Denials are audited in auth's trail: auth writes its own, the others queue them in their audit outbox (or,
    // without one, call auth directly) (L1).
    denialSink:
      deps.denialSink ??
      module.denialSink ??
      outbox?.denialSink ??
      auditServiceSink({ authUrl: deps.config.AUTH_URL, internalSecret: deps.secrets.internalSecret, subgraph: module.name }),
    // Actions recorded on `ctx.audit` go to the same trail, through the outbox and auth's `recordAuditEvents`.
    actionSink: deps.actionSink ?? outbox?.actionSink ?? actionServiceSink({ authUrl: deps.config.AUTH_URL, internalSecret: deps.secrets.internalSecret, subgraph: module.name }),
    ...(outbox && !deps.actionSink ? { settleAudit: outbox.settle } : {}),
  });
  return {
    module,
    url: served.url,
    close: async () => {
      await served.close();
      await outbox?.drainer.stop();
      await module.stop?.();
    },
  };
}

/** Entry point of `subgraphs/<name>/src/main.ts`. */
export async function runStandalone(factory: SubgraphFactory, migrationsFolder: string): Promise<void> {
  const config = loadConfig();
  const logger = createLogger({ level: config.LOG_LEVEL });
  const secrets = loadSecrets(config);
  const handle = await openDatabase({ databaseUrl: config.DATABASE_URL, pgliteDir: config.PGLITE_DIR, logger });
  const bus = createEventBus({ redisUrl: config.REDIS_URL, logger });
  const running = await startSubgraph(factory, migrationsFolder, { config, secrets, db: handle.db, handle, bus, logger });
  const shutdown = async () => {
    await running.close();
    await bus.close();
    await handle.close();
    process.exit(0);
  };
  process.once('SIGTERM', shutdown);
  process.once('SIGINT', shutdown);
}
