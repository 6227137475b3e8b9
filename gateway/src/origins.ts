/**
 * The browser origins allowed to call the API and open the live socket (G5, S2): the dashboard's own origin
 * (PUBLIC_URL) plus CORS_ORIGINS (comma separated, e.g. the Vite dev server).
 */
import type { AppConfig } from '@cspmexa/server-kit';
import type { RequestHandler } from 'express';

export function allowedOrigins(config: Pick<AppConfig, 'PUBLIC_URL' | 'CORS_ORIGINS'>): Set<string> {
  const listed = (config.CORS_ORIGINS ?? '').split(',').map((o) => o.trim()).filter(Boolean);
  return new Set([config.PUBLIC_URL, ...listed].map((o) => new URL(o).origin));
}

/**
 * A missing Origin is a non-browser client (curl, an integrator's script): it is not a cross-site risk, and it
 * still needs a token. A present Origin must be on the list.
 */
export function isOriginAllowed(origin: string | undefined, allowed: Set<string>): boolean {
  return origin === undefined || allowed.has(origin);
}

const allowedHeaders = ['content-type', 'authorization', 'apollo-require-preflight', 'x-apollo-operation-name'].join(', ');

/** CORS for the allowlist only; other origins get no CORS headers, so browsers refuse to read the answers. */
export function corsMiddleware(allowed: Set<string>): RequestHandler {
  return (req, res, next) => {
    const origin = req.header('origin');
    res.vary('Origin');
    if (origin && allowed.has(origin)) {
      res.setHeader('Access-Control-Allow-Origin', origin);
      res.setHeader('Access-Control-Allow-Methods', 'GET, POST, OPTIONS');
      res.setHeader('Access-Control-Allow-Headers', allowedHeaders);
      res.setHeader('Access-Control-Max-Age', '600');
    }
    if (req.method === 'OPTIONS') {
      res.status(origin && allowed.has(origin) ? 204 : 403).end();
      return;
    }
    next();
  };
}
