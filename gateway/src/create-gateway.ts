/**
 * The public entry of the product: GraphQL over HTTP and WebSocket at /graphql, the built dashboard at /, and
 * liveness/readiness probes. Subgraphs are reached only through the asserting data source.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ApolloGateway } from '@apollo/gateway';
import { expressMiddleware } from '@as-integrations/express5';
import { auditServiceSink, type AppConfig, type EventBus, type Logger, type Secrets } from '@cspmexa/server-kit';
import express, { type ErrorRequestHandler } from 'express';
import type { FormattedExecutionResult, GraphQLSchema } from 'graphql';
import { createApolloServer } from './apollo';
import { createProtection } from './armor';
import { AssertingDataSource } from './asserting-data-source';
import type { SubgraphName } from './compose';
import { googleSignInRoutes } from './google-sign-in';
import { healthRoutes } from './health';
import { authenticate, gatewayContextOf } from './http-auth';
import { createKeepAliveFetcher } from './keep-alive-fetcher';
import { createSessionChecks, supergraphServesSessionChecks } from './session-checks';
import { allowedOrigins, corsMiddleware } from './origins';
import { staticClient } from './static-client';
import { attachSubscriptionServer } from './subscriptions/ws-server';

export interface GatewayOptions {
  config: AppConfig;
  secrets: Secrets;
  logger: Logger;
  bus: EventBus;
  supergraphSdl: string;
  /** Overrides the subgraph urls from configuration (tests run subgraphs on ephemeral ports). */
  subgraphUrls?: Partial<Record<SubgraphName, string>>;
  /** The built dashboard; defaults to client/dist of this repository. */
  staticDir?: string;
  /** Defaults to GATEWAY_PORT; 0 picks a free port. */
  port?: number;
  /** How often open WebSockets re-check their credential besides revocation events (tests shorten it). */
  socketRecheckIntervalMs?: number;
}

export interface RunningGateway {
  /** The GraphQL endpoint (`http://host:port/graphql`; the WebSocket is the same url with `ws:`). */
  url: string;
  close(): Promise<void>;
}

const GRAPHQL_PATH = '/graphql';
/** Operations are small documents; inputs are a few fields. Anything bigger is abuse. */
const BODY_LIMIT = '100kb';
const defaultStaticDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../client/dist');

export async function createGateway(opts: GatewayOptions): Promise<RunningGateway> {
  const { config, secrets } = opts;
  const logger = opts.logger.child({ component: 'gateway' });
  const production = config.NODE_ENV === 'production';
  const subgraphUrls: Record<SubgraphName, string> = {
    auth: config.AUTH_URL,
    inventory: config.INVENTORY_URL,
    findings: config.FINDINGS_URL,
    notifications: config.NOTIFICATIONS_URL,
    ...opts.subgraphUrls,
  };
  const fetcher = createKeepAliveFetcher();
  /** The subgraphs the supergraph actually routes to, with their effective urls (readiness probes these). */
  const routed: Record<string, string> = {};
  const gateway = new ApolloGateway({
    supergraphSdl: opts.supergraphSdl,
    buildService: ({ name, url }) => {
      routed[name] = subgraphUrls[name as SubgraphName] ?? url ?? '';
      return new AssertingDataSource({ url: routed[name], fetcher: fetcher.fetch }, secrets.internalSecret);
    },
  });
  let apiSchema: GraphQLSchema | undefined;
  gateway.onSchemaLoadOrUpdate(({ apiSchema: schema }) => {
    apiSchema = schema;
  });

  const app = express();
  app.disable('x-powered-by');
  const httpServer = http.createServer(app);
  const protection = createProtection({ production });
  const denialSink = auditServiceSink({ authUrl: subgraphUrls.auth, internalSecret: secrets.internalSecret, subgraph: 'gateway' });
  const server = createApolloServer({ gateway, httpServer, protection, production, logger, denialSink });
  await server.start();

  // J5 and API tokens need auth's internal lookups; a supergraph of test stand-ins may lack them.
  const sessionChecks = supergraphServesSessionChecks(opts.supergraphSdl)
    ? await createSessionChecks({ authUrl: subgraphUrls.auth, internalSecret: secrets.internalSecret, bus: opts.bus })
    : undefined;
  if (!sessionChecks) logger.warn('the auth subgraph serves no viewerStatus/apiTokenPrincipal: revocation (J5) and API tokens are off');

  let draining = false;
  const origins = allowedOrigins(config);
  app.use(healthRoutes(routed, () => draining));
  app.use(googleSignInRoutes({ authUrl: subgraphUrls.auth, internalSecret: secrets.internalSecret, logger }));
  app.use(
    GRAPHQL_PATH,
    corsMiddleware(origins),
    express.json({ limit: BODY_LIMIT }),
    authenticate(secrets, config, sessionChecks, logger),
    expressMiddleware(server, { context: async ({ res }) => gatewayContextOf(res) }),
  );
  app.use(staticClient(opts.staticDir ?? defaultStaticDir));
  app.use(bodyErrors);

  const subscriptions = attachSubscriptionServer({
    httpServer,
    path: GRAPHQL_PATH,
    config,
    secrets,
    protection,
    origins,
    schema: () => apiSchema,
    bus: opts.bus,
    logger,
    checks: sessionChecks,
    recheckIntervalMs: opts.socketRecheckIntervalMs,
    execute: async (request, contextValue): Promise<FormattedExecutionResult> => {
      const response = await server.executeOperation(request, { contextValue });
      return response.body.kind === 'single' ? response.body.singleResult : { errors: [{ message: 'Unexpected incremental result' }] };
    },
  });

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(opts.port ?? config.GATEWAY_PORT, config.GATEWAY_HOST, () => resolve());
  });
  const { port } = httpServer.address() as AddressInfo;
  const host = config.GATEWAY_HOST === '0.0.0.0' || config.GATEWAY_HOST === '::' ? '127.0.0.1' : config.GATEWAY_HOST;
  const url = `http://${host}:${port}${GRAPHQL_PATH}`;
  logger.info({ url, subgraphs: routed }, 'gateway listening');

  let closing: Promise<void> | undefined;
  const close = async () => {
    draining = true;
    await subscriptions.close();
    // Drains HTTP (stops accepting, waits for in-flight requests), then stops the gateway.
    await server.stop();
    await sessionChecks?.close();
    fetcher.destroy();
  };
  return { url, close: () => (closing ??= close()) };
}

/** Body-parser failures (too large, malformed JSON) as GraphQL-shaped errors instead of an HTML page. */
const bodyErrors: ErrorRequestHandler = (err: { status?: number; type?: string }, _req, res, next) => {
  if (res.headersSent) return next(err);
  const status = typeof err.status === 'number' && err.status >= 400 && err.status < 500 ? err.status : 500;
  const message = err.type === 'entity.too.large' ? 'The request body is too large.' : status < 500 ? 'Malformed request body.' : 'Internal server error';
  res.status(status).json({ errors: [{ message, extensions: { code: status < 500 ? 'BAD_REQUEST' : 'INTERNAL' } }] });
};
