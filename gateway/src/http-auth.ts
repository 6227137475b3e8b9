/**
 * Authenticates each POST /graphql before GraphQL runs. No token: anonymous (auth's `login` must work without
 * one; every other subgraph refuses a null viewer). A bad token: 401 at once, never a silent downgrade to
 * anonymous (J1-J4).
 */
import crypto from 'node:crypto';
import type { AppConfig, Secrets } from '@cspmexa/server-kit';
import type { RequestHandler } from 'express';
import { bearerToken, verifyViewer } from './access-token';
import type { GatewayContext } from './context';

export function authenticate(secrets: Secrets, config: AppConfig): RequestHandler {
  return (req, res, next) => {
    const requestId = crypto.randomUUID();
    res.setHeader('x-request-id', requestId);
    try {
      const token = bearerToken(req.header('authorization'));
      const viewer = token ? verifyViewer(token, secrets, config).viewer : null;
      res.locals.gatewayContext = { viewer, requestId, ip: req.ip, userAgent: req.header('user-agent') } satisfies GatewayContext;
      next();
    } catch {
      res
        .status(401)
        .setHeader('WWW-Authenticate', 'Bearer error="invalid_token"')
        .json({ errors: [{ message: 'The access token is invalid or expired.', extensions: { code: 'UNAUTHENTICATED' } }] });
    }
  };
}

/** The context `authenticate` prepared for this request. */
export function gatewayContextOf(res: { locals: Record<string, unknown> }): GatewayContext {
  return res.locals.gatewayContext as GatewayContext;
}
