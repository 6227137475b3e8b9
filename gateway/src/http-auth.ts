/**
 * Authenticates each POST /graphql before GraphQL runs. No token: anonymous (auth's `login` must work without
 * one; every other subgraph refuses a null viewer). A bad token: 401 at once, never a silent downgrade to
 * anonymous (J1-J4). With session checks (the real auth subgraph), a revoked access token is refused too (J5) and
 * `cspx_` API tokens are exchanged for their owner's viewer.
 */
import crypto from 'node:crypto';
import { AppError, type AppConfig, type Logger, type Secrets } from '@cspmexa/server-kit';
import type { RequestHandler } from 'express';
import { bearerToken } from './access-token';
import type { GatewayContext } from './context';
import type { SessionChecks } from './session-checks';
import { authenticateToken } from './token-auth';

export function authenticate(secrets: Secrets, config: AppConfig, checks?: SessionChecks, logger?: Logger): RequestHandler {
  return (req, res, next) => {
    const requestId = crypto.randomUUID();
    res.setHeader('x-request-id', requestId);
    const run = async () => {
      const token = bearerToken(req.header('authorization'));
      const viewer = token ? (await authenticateToken(token, secrets, config, checks)).viewer : null;
      res.locals.gatewayContext = { viewer, requestId, ip: req.ip, userAgent: req.header('user-agent') } satisfies GatewayContext;
    };
    run().then(
      () => next(),
      (err: unknown) => {
        if (err instanceof AppError && err.code === 'UNAUTHENTICATED') {
          res
            .status(401)
            .setHeader('WWW-Authenticate', 'Bearer error="invalid_token"')
            .json({ errors: [{ message: 'The access token is invalid or expired.', extensions: { code: 'UNAUTHENTICATED' } }] });
          return;
        }
        // Auth could not be asked (down, timing out): fail closed, and say it is not the caller's fault.
        logger?.error({ err, requestId }, 'token check failed');
        res.status(503).json({ errors: [{ message: 'Sign-in is temporarily unavailable. Try again shortly.', extensions: { code: 'INTERNAL' } }] });
      },
    );
  };
}

/** The context `authenticate` prepared for this request. */
export function gatewayContextOf(res: { locals: Record<string, unknown> }): GatewayContext {
  return res.locals.gatewayContext as GatewayContext;
}
