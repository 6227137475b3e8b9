/** The auth subgraph: organizations, users, sessions, MFA, API tokens and the audit trail (see README.md). */
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'graphql';
import type { SubgraphDeps, SubgraphModule } from '@cspmexa/server-kit';
import { auditTrailDenialSink } from './domain/audit/denials';
import { bootstrapFirstAdmin } from './domain/bootstrap';
import { googleRoutes } from './google/routes';
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
    // Denied authorizations of every subgraph end up in this trail; auth's own are written without an HTTP hop.
    denialSink: auditTrailDenialSink(services.audit),
    // The gateway proxies /auth/google and /auth/google/callback here; absent while Google sign-in is off.
    ...(services.google
      ? {
          routes: googleRoutes({
            settings: services.google,
            transactionKey: services.googleTransactionKey,
            clock: services.clock,
            audit: services.audit,
            spentStates: services.spentStates,
            loginCodes: services.loginCodes,
            accounts: {
              identities: services.googleIdentities,
              users: services.users,
              organizations: services.organizations,
              allowedDomain: services.google.allowedDomain,
              autoProvision: services.google.autoProvision,
            },
            logger,
          }),
        }
      : {}),
    async start() {
      await bootstrapFirstAdmin(
        // console.log on purpose: the generated password is shown once on the terminal, never kept by log shipping.
        { users: services.users, organizations: services.organizations, logger, announce: (line) => console.log(line) },
        { email: deps.config.ADMIN_EMAIL, password: deps.config.ADMIN_PASSWORD },
      );
    },
  };
}
