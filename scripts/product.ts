/**
 * The whole product in one process: one database (PGlite by default), one event bus, the four subgraphs on their
 * own loopback ports, the gateway in front. `npm start` and the end-to-end tests both start it through here, so
 * the tests exercise exactly what users run.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as auth from '@cspmexa/auth';
import * as findings from '@cspmexa/findings';
import { createGateway } from '@cspmexa/gateway';
import * as inventory from '@cspmexa/inventory';
import * as notifications from '@cspmexa/notifications';
import {
  createEventBus,
  createLogger,
  loadSecrets,
  openDatabase,
  startSubgraph,
  type AppConfig,
  type Database,
  type Logger,
  type Secrets,
  type SubgraphFactory,
} from '@cspmexa/server-kit';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const subgraphs: [SubgraphFactory, string][] = [
  [auth.createAuthSubgraph, auth.migrationsFolder],
  [inventory.createInventorySubgraph, inventory.migrationsFolder],
  [findings.createFindingsSubgraph, findings.migrationsFolder],
  [notifications.createNotificationsSubgraph, notifications.migrationsFolder],
];

export interface RunningProduct {
  url: string;
  /** The one database of the product (tests seed what no public API creates, e.g. a second organization). */
  db: Database;
  secrets: Secrets;
  stop(): Promise<void>;
}

export async function startProduct(config: AppConfig, logger: Logger = createLogger({ level: config.LOG_LEVEL })): Promise<RunningProduct> {
  const secrets = loadSecrets(config);
  const handle = await openDatabase({ databaseUrl: config.DATABASE_URL, pgliteDir: config.PGLITE_DIR, logger });
  const bus = createEventBus({ redisUrl: config.REDIS_URL, logger });
  const stops: (() => Promise<void>)[] = [() => handle.close(), () => bus.close()];
  const stopAll = async () => {
    for (const stop of stops.splice(0).reverse()) await stop().catch((err: unknown) => logger.error({ err }, 'stop failed'));
  };
  try {
    for (const [factory, migrationsFolder] of subgraphs) {
      const running = await startSubgraph(factory, migrationsFolder, { config, secrets, db: handle.db, handle, bus, logger });
      stops.push(running.close);
    }
    const gateway = await createGateway({
      config,
      secrets,
      logger,
      bus,
      supergraphSdl: fs.readFileSync(path.join(root, 'schema/supergraph.graphql'), 'utf8'),
      staticDir: path.join(root, 'client/dist'),
    });
    stops.push(gateway.close);
    return { url: gateway.url, db: handle.db, secrets, stop: stopAll };
  } catch (err) {
    await stopAll();
    throw err;
  }
}
