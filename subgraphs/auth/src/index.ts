/** The auth subgraph: organizations, users, sessions, MFA, API tokens and the audit trail (see README.md). */
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'graphql';
import type { SubgraphDeps, SubgraphModule } from '@cspmexa/server-kit';
import { bootstrapFirstAdmin } from './domain/bootstrap';
import { createResolvers } from './resolvers/index';
import { createAuthServices } from './services';

export const migrationsFolder = fileURLToPath(new URL('../drizzle', import.meta.url));

const typeDefs = parse(fs.readFileSync(new URL('./schema.graphql', import.meta.url), 'utf8'));

export async function createAuthSubgraph(deps: SubgraphDeps): Promise<SubgraphModule> {
  const logger = deps.logger.child({ subgraph: 'auth' });
  const services = createAuthServices(deps);
  return {
    name: 'auth',
    typeDefs,
    resolvers: createResolvers(services),
    async start() {
      await bootstrapFirstAdmin(
        // console.log on purpose: the generated password is shown once on the terminal, never kept by log shipping.
        { users: services.users, organizations: services.organizations, logger, announce: (line) => console.log(line) },
        { email: deps.config.ADMIN_EMAIL, password: deps.config.ADMIN_PASSWORD },
      );
    },
  };
}
