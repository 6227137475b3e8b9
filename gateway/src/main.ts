/**
 * Standalone gateway (one process of its own: docker-compose, or `npm start` of a split deployment). Subgraph
 * urls come from AUTH_URL, INVENTORY_URL, FINDINGS_URL, NOTIFICATIONS_URL; the bus from REDIS_URL.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createEventBus, createLogger, loadConfig, loadSecrets } from '@cspmexa/server-kit';
import { createGateway } from './create-gateway';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

const config = loadConfig();
const logger = createLogger({ level: config.LOG_LEVEL, name: 'gateway' });
const secrets = loadSecrets(config);
const bus = createEventBus({ redisUrl: config.REDIS_URL, logger });
const supergraphFile = path.join(repoRoot, 'schema', 'supergraph.graphql');
if (!fs.existsSync(supergraphFile)) {
  logger.fatal({ file: supergraphFile }, 'no supergraph: run `npm run compose` first');
  process.exit(1);
}
const supergraphSdl = fs.readFileSync(supergraphFile, 'utf8');
const gateway = await createGateway({ config, secrets, logger, bus, supergraphSdl });

let stopping = false;
const shutdown = async (signal: string) => {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, 'draining');
  try {
    await gateway.close();
    await bus.close();
    process.exit(0);
  } catch (err) {
    logger.error({ err }, 'shutdown failed');
    process.exit(1);
  }
};
process.once('SIGTERM', () => void shutdown('SIGTERM'));
process.once('SIGINT', () => void shutdown('SIGINT'));
