/** The auth subgraph: organizations, users, passwords and sessions (see README.md). */
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'graphql';
import { signAccessToken, type SubgraphDeps, type SubgraphModule } from '@cspmexa/server-kit';
import { createOrganizationStore } from './db/organizations';
import { createRefreshTokenStore } from './db/refresh-tokens';
import { createUserStore } from './db/users';
import { createLogAuditSink } from './domain/audit-log';
import { bootstrapFirstAdmin } from './domain/bootstrap';
import type { UserRecord } from './domain/model';
import { createSessionService } from './domain/sessions';
import { createResolvers } from './resolvers/index';

export const migrationsFolder = fileURLToPath(new URL('../drizzle', import.meta.url));

const typeDefs = parse(fs.readFileSync(new URL('./schema.graphql', import.meta.url), 'utf8'));

export async function createAuthSubgraph(deps: SubgraphDeps): Promise<SubgraphModule> {
  const { config, secrets, db } = deps;
  const logger = deps.logger.child({ subgraph: 'auth' });
  const users = createUserStore(db);
  const organizations = createOrganizationStore(db);
  const audit = createLogAuditSink(logger);
  const clock = () => new Date();

  const issueAccessToken = (user: UserRecord) => {
    const settings = { issuer: config.JWT_ISSUER, audience: config.JWT_AUDIENCE, ttlSeconds: config.ACCESS_TOKEN_TTL_SECONDS };
    const claims = { sub: user.id, org: user.orgId, role: user.role, email: user.email, ver: user.tokenVersion };
    // Whole seconds, taken before signing: the token's own `exp` (iat in whole seconds + ttl) is never earlier.
    const expiresAt = new Date((Math.floor(clock().getTime() / 1000) + settings.ttlSeconds) * 1000);
    return { token: signAccessToken(claims, secrets, settings), expiresAt };
  };

  const sessions = createSessionService({
    users,
    refreshTokens: createRefreshTokenStore(db),
    issueAccessToken,
    audit,
    clock,
    refreshTokenTtlSeconds: config.REFRESH_TOKEN_TTL_SECONDS,
  });

  return {
    name: 'auth',
    typeDefs,
    resolvers: createResolvers({ users, organizations, sessions, audit }),
    async start() {
      await bootstrapFirstAdmin(
        // console.log on purpose: the generated password is shown once on the terminal, never kept by log shipping.
        { users, organizations, logger, announce: (line) => console.log(line) },
        { email: config.ADMIN_EMAIL, password: config.ADMIN_PASSWORD },
      );
    },
  };
}
