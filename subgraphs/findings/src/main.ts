/** Runs the findings subgraph on its own (DATABASE_URL / REDIS_URL); `npm start` wires it in-process instead. */
import { runStandalone } from '@cspmexa/server-kit';
import { createFindingsSubgraph, migrationsFolder } from './index';

await runStandalone((deps) => createFindingsSubgraph(deps), migrationsFolder);
