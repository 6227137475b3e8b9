/**
 * `/healthz`: the process answers (liveness; never depends on anything else, or a subgraph outage would restart
 * every gateway). `/readyz`: every subgraph is ready (its own /readyz: it answers and its database does), so a load
 * balancer holds traffic until then and while a database is away (X7).
 */
import express, { type Router } from 'express';

const PROBE_TIMEOUT_MS = 2_000;

function readinessUrl(graphqlUrl: string): string {
  const url = new URL(graphqlUrl);
  url.pathname = url.pathname.replace(/\/graphql\/?$/, '') + '/readyz';
  return url.toString();
}

async function answers(url: string): Promise<boolean> {
  try {
    const res = await fetch(readinessUrl(url), { signal: AbortSignal.timeout(PROBE_TIMEOUT_MS) });
    return res.ok;
  } catch {
    return false;
  }
}

export function healthRoutes(subgraphUrls: Record<string, string>, isDraining: () => boolean): Router {
  const router = express.Router();
  router.get('/healthz', (_req, res) => {
    res.json({ ok: true });
  });
  router.get('/readyz', async (_req, res) => {
    const entries = await Promise.all(Object.entries(subgraphUrls).map(async ([name, url]) => [name, await answers(url)] as const));
    const subgraphs = Object.fromEntries(entries);
    const ready = !isDraining() && entries.every(([, ok]) => ok);
    res.status(ready ? 200 : 503).json({ ok: ready, draining: isDraining(), subgraphs });
  });
  return router;
}
