/**
 * One way to turn a bearer token into the viewer asserted to subgraphs, for HTTP requests and WebSocket
 * connections alike: access tokens by their signature and claims (J1-J4) and, with session checks, their token
 * version (J5); `cspx_` API tokens through auth's lookup. An open socket asks `stillValid` again later (S2).
 */
import { AppError, type AppConfig, type Secrets, type UserViewer } from '@cspmexa/server-kit';
import { verifyViewer } from './access-token';
import type { SessionChecks } from './session-checks';

const API_TOKEN_PREFIX = 'cspx_';

export interface AuthenticatedToken {
  viewer: UserViewer;
  /** Epoch seconds after which the credential no longer works. */
  expiresAt: number;
  /** Throws UNAUTHENTICATED once the credential is revoked (sign-out, disable, demotion, token revocation). */
  stillValid(): Promise<void>;
}

const revoked = () => new AppError('UNAUTHENTICATED', 'The access token is invalid or expired.');

/** Same person, organization, role and scope: anything else means the socket must authenticate again. */
const sameViewer = (a: UserViewer, b: UserViewer) =>
  a.userId === b.userId && a.orgId === b.orgId && a.role === b.role && a.apiToken?.id === b.apiToken?.id && a.apiToken?.scope === b.apiToken?.scope;

export async function authenticateToken(token: string, secrets: Secrets, config: AppConfig, checks: SessionChecks | undefined): Promise<AuthenticatedToken> {
  if (token.startsWith(API_TOKEN_PREFIX)) {
    if (!checks) throw new AppError('UNAUTHENTICATED', 'API tokens are not accepted here.');
    const { viewer, expiresAt } = await checks.authenticateApiToken(token);
    return {
      viewer,
      expiresAt,
      async stillValid() {
        // A WRITE token acts with its owner's current role: a demoted owner's socket must not keep the old one.
        if (!sameViewer((await checks.authenticateApiToken(token)).viewer, viewer)) throw revoked();
      },
    };
  }
  const { viewer, tokenVersion, expiresAt } = verifyViewer(token, secrets, config);
  await checks?.checkAccessToken(viewer, tokenVersion);
  return { viewer, expiresAt, stillValid: async () => checks?.checkAccessToken(viewer, tokenVersion) };
}
