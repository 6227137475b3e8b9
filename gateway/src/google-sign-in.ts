/**
 * The browser's Google sign-in goes through the gateway only: GET /auth/google (start) and GET
 * /auth/google/callback are proxied to the auth subgraph's internal routes with a signed assertion (anonymous
 * viewer, request id, IP, user agent), like every subgraph call. Redirects, the transaction cookie and refusal
 * pages pass back unchanged; nothing is followed or cached here.
 */
import crypto from 'node:crypto';
import { ASSERTION_HEADER, signAssertion, type Logger } from '@cspmexa/server-kit';
import { Router } from 'express';

const routesToAuth: Record<string, string> = {
  '/auth/google': '/internal/google/start',
  '/auth/google/callback': '/internal/google/callback',
};
const PASSED_BACK = ['location', 'content-type'];
const TIMEOUT_MS = 30_000;

export function googleSignInRoutes(opts: { authUrl: string; internalSecret: string; logger: Logger }): Router {
  const router = Router();
  for (const [publicPath, internalPath] of Object.entries(routesToAuth)) {
    router.get(publicPath, async (req, res) => {
      const requestId = crypto.randomUUID();
      const target = new URL(internalPath, opts.authUrl);
      target.search = new URL(req.originalUrl, 'http://gateway').search;
      const cookie = req.header('cookie');
      try {
        const upstream = await fetch(target, {
          redirect: 'manual',
          signal: AbortSignal.timeout(TIMEOUT_MS),
          headers: {
            [ASSERTION_HEADER]: signAssertion(null, { requestId, ip: req.ip, userAgent: req.header('user-agent') }, opts.internalSecret),
            ...(cookie ? { cookie } : {}),
          },
        });
        res.status(upstream.status);
        for (const name of PASSED_BACK) {
          const value = upstream.headers.get(name);
          if (value) res.setHeader(name, value);
        }
        for (const setCookie of upstream.headers.getSetCookie()) res.append('set-cookie', setCookie);
        // The answers carry one-time values (state, login code): never cached, never leaked as a Referer.
        res.setHeader('cache-control', 'no-store');
        res.setHeader('referrer-policy', 'no-referrer');
        res.setHeader('x-request-id', requestId);
        res.send(Buffer.from(await upstream.arrayBuffer()));
      } catch (err) {
        opts.logger.error({ err, requestId }, 'google sign-in proxy failed');
        res.status(502).type('text').send('Sign-in is temporarily unavailable. Try again shortly.');
      }
    });
  }
  return router;
}
