/** `npm start`: the whole product on the embedded default (or on DATABASE_URL / REDIS_URL when set). */
import { ConfigError, createLogger, loadConfig } from '@cspmexa/server-kit';
import { startProduct } from './product';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(2);
    }
    throw err;
  }
  const logger = createLogger({ level: config.LOG_LEVEL });
  const t0 = Date.now();
  const product = await startProduct(config, logger);
  console.log(`\nCSPMEXA is ready at ${config.PUBLIC_URL} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  console.log(`Sign in as ${config.ADMIN_EMAIL}${config.ADMIN_PASSWORD ? ' with ADMIN_PASSWORD' : ' (first start: password printed above)'}\n`);
  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    product.stop().then(
      () => process.exit(0),
      (err: unknown) => {
        logger.error({ err }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));
}

main().catch((err: unknown) => {
  if (err instanceof ConfigError) console.error(err.message);
  else console.error('CSPMEXA failed to start:', err);
  process.exit(1);
});
