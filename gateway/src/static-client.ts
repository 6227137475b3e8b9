/** Serves the built dashboard with an SPA fallback: any GET that is not the API gets index.html. */
import fs from 'node:fs';
import path from 'node:path';
import express, { type Router } from 'express';

export function staticClient(staticDir: string): Router {
  const router = express.Router();
  const index = path.join(staticDir, 'index.html');
  router.use(express.static(staticDir, { index: false, fallthrough: true, maxAge: '1h' }));
  router.use((req, res, next) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || req.path === '/graphql' || req.path.startsWith('/graphql/')) {
      next();
      return;
    }
    if (!fs.existsSync(index)) {
      res.status(404).type('text/plain').send('The dashboard is not built: run `npm run build`.');
      return;
    }
    // The shell must not be cached: it names the hashed bundles of the current release.
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
  return router;
}
