/** Runs the notifications subgraph as its own process (DATABASE_URL / REDIS_URL deployments). */
import { runStandalone } from '@cspmexa/server-kit';
import { createNotificationsSubgraph, migrationsFolder } from './index';

await runStandalone(createNotificationsSubgraph, migrationsFolder);
