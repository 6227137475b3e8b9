/** Runs the auth subgraph on its own (DATABASE_URL / REDIS_URL from the environment). */
import { runStandalone } from '@cspmexa/server-kit';
import { createAuthSubgraph, migrationsFolder } from './index';

await runStandalone(createAuthSubgraph, migrationsFolder);
