/**
 * Serves one subgraph over HTTP. Every request must carry the gateway's signed assertion (J6, S1): without it the
 * answer is 401 before GraphQL runs. Errors are masked (G6); the context carries the asserted viewer.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import express, { type Router } from 'express';
import type { DocumentNode } from 'graphql';
import { actionAuditPlugin, createAuditRecorder, type ActionSink, type AuditRecorder } from './action-audit';
import type { AuditOutbox } from './audit-outbox/outbox';
import { authorizationAuditPlugin, type DenialSink } from './authorization-audit';
import { AppError, maskError } from './errors';
import type { Logger } from './logger';
import { ASSERTION_HEADER, verifyAssertion, type RequestMeta } from './tokens';
import type { Viewer } from './viewer';

export interface SubgraphContext extends RequestMeta {
  viewer: Viewer | null;
  logger: Logger;
  /** Where resolvers note the security-relevant actions of this request for the audit trail (L1). */
  audit: AuditRecorder;
}

export interface SubgraphModule {
  name: 'auth' | 'inventory' | 'findings' | 'notifications';
  typeDefs: DocumentNode;
  resolvers: GraphQLResolverMap<SubgraphContext>;
  /**
   * Plain HTTP routes (e.g. auth's Google sign-in redirects), mounted under `/internal`. The gateway proxies to
   * them; like /graphql they refuse a request without the gateway's signed assertion, which `res.locals.assertion`
   * then holds (viewer null, request id, IP, user agent).
   */
  routes?: Router;
  /**
   * Where this subgraph's denied authorizations are audited (L1). Auth writes its own trail; the others leave it
   * unset and `startSubgraph` reports to auth's `recordAuthorizationDenials`.
   */
  denialSink?: DenialSink;
  /**
   * The subgraph's durable audit delivery (inventory, findings, notifications): `startSubgraph` writes its actions
   * and refusals to it and runs its drainer. Auth, which writes its trail directly, has none.
   */
  auditOutbox?: AuditOutbox;
  /** Background consumers (event subscriptions, workers); called once the database is migrated. */
  start?(): Promise<void>;
  stop?(): Promise<void>;
}

export interface ServeOptions {
  host: string;
  port: number;
  internalSecret: string;
  logger: Logger;
  /** Request body limit; large enough for a page of inventory, small enough to refuse abuse. */
  bodyLimit?: string;
  /**
   * Readiness (X7): whether what the subgraph depends on answers (its database). `/readyz` answers 503 while it
   * does not, so the gateway's readiness and a load balancer hold traffic; `/healthz` stays liveness only.
   */
  ready?: () => Promise<boolean>;
  /** Audits FORBIDDEN answers (L1); without one each denial is logged as an error (a stand-in subgraph in tests). */
  denialSink?: DenialSink;
  /** Writes the actions resolvers note on `ctx.audit` (L1); without one each is logged as an error. */
  actionSink?: ActionSink;
  /** Delivers what a request queued for the audit trail before its response leaves (the audit outbox). */
  settleAudit?: (request: RequestMeta) => Promise<void>;
}

export interface RunningSubgraph {
  url: string;
  close(): Promise<void>;
}

const unauditedDenials: DenialSink = async () => {
  throw new Error('no audit sink is configured for this subgraph');
};
const unauditedActions: ActionSink = async () => {
  throw new Error('no audit sink is configured for this subgraph');
};

export async function serveSubgraph(module: SubgraphModule, opts: ServeOptions): Promise<RunningSubgraph> {
  const logger = opts.logger.child({ subgraph: module.name });
  const app = express();
  app.disable('x-powered-by');
  const httpServer = http.createServer(app);
  const server = new ApolloServer<SubgraphContext>({
    schema: buildSubgraphSchema({ typeDefs: module.typeDefs, resolvers: module.resolvers as GraphQLResolverMap<unknown> }),
    formatError: maskError,
    includeStacktraceInErrorResponses: false,
    csrfPrevention: true,
    introspection: false,
    plugins: [
      // Federated tracing would report timings to Apollo's cloud; nothing here sends traces.
      ApolloServerPluginInlineTraceDisabled(),
      // Stopping drains (X6): the listener closes at once, requests already accepted finish, idle keep-alive
      // connections are closed.
      ApolloServerPluginDrainHttpServer({ httpServer }),
      authorizationAuditPlugin({ subgraph: module.name, sink: opts.denialSink ?? module.denialSink ?? unauditedDenials }),
      actionAuditPlugin({ settle: opts.settleAudit }),
    ],
  });
  await server.start();

  app.get('/healthz', (_req, res) => {
    res.json({ ok: true });
  });
  app.get('/readyz', async (_req, res) => {
    const ready = await (opts.ready?.() ?? Promise.resolve(true)).catch(() => false);
    res.status(ready ? 200 : 503).json({ ok: ready });
  });
  const requireAssertion: express.RequestHandler = (req, res, next) => {
    const header = req.header(ASSERTION_HEADER);
    try {
      if (!header) throw new AppError('UNAUTHENTICATED', 'Missing gateway assertion.');
      res.locals.assertion = verifyAssertion(header, opts.internalSecret);
      next();
    } catch {
      res.status(401).json({ errors: [{ message: 'Missing or invalid gateway assertion.', extensions: { code: 'UNAUTHENTICATED' } }] });
    }
  };
  if (module.routes) app.use('/internal', requireAssertion, module.routes);
  app.use(
    '/graphql',
    requireAssertion,
    express.json({ limit: opts.bodyLimit ?? '1mb' }),
    expressMiddleware(server, {
      context: async ({ res }) => {
        const a = res.locals.assertion as ReturnType<typeof verifyAssertion>;
        const requestLogger = logger.child({ requestId: a.requestId });
        const request = { requestId: a.requestId, ip: a.ip, userAgent: a.userAgent };
        const audit = createAuditRecorder({ sink: opts.actionSink ?? unauditedActions, viewer: a.viewer, request, logger: requestLogger });
        return { ...a, logger: requestLogger, audit };
      },
    }),
  );

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(opts.port, opts.host, () => resolve());
  });
  const { port } = httpServer.address() as AddressInfo;
  const url = `http://${opts.host === '0.0.0.0' ? '127.0.0.1' : opts.host}:${port}/graphql`;
  logger.info({ url }, 'subgraph listening');
  return {
    url,
    // server.stop() runs the drain plugin, which closes the HTTP server once in-flight requests are answered.
    close: () => server.stop(),
  };
}
