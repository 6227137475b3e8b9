/** Runs the inventory subgraph as its own process (DATABASE_URL / REDIS_URL deployments). */
import { runStandalone } from '@cspmexa/server-kit';
import { createInventorySubgraph, migrationsFolder } from './index';

await runStandalone((deps) => createInventorySubgraph(deps), migrationsFolder);
