/**
 * Apollo Server in front of @apollo/gateway: limits (armor), CSRF prevention, no batching, introspection and the
 * sandbox only outside production, masked errors with the original logged server-side.
 */
import type http from 'node:http';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { ApolloGateway } from '@apollo/gateway';
import { maskError, type DenialSink, type Logger } from '@cspmexa/server-kit';
import { unwrapResolverError } from '@apollo/server/errors';
import { apiTokenScopePlugin } from './api-token-scope';
import { limits, type Protection } from './armor';
import type { GatewayContext } from './context';

export function createApolloServer(opts: {
  gateway: ApolloGateway;
  httpServer: http.Server;
  protection: Protection;
  production: boolean;
  logger: Logger;
  /** Where refusals of READ API tokens are audited (auth's trail). */
  denialSink?: DenialSink;
}): ApolloServer<GatewayContext> {
  const plugins: ApolloServerPlugin<GatewayContext>[] = [
    ...(opts.protection.plugins as ApolloServerPlugin<GatewayContext>[]),
    apiTokenScopePlugin({ sink: opts.denialSink, logger: opts.logger }),
    // Stops accepting connections and waits for in-flight requests on shutdown (X6).
    ApolloServerPluginDrainHttpServer({ httpServer: opts.httpServer }),
    ...(opts.production ? [ApolloServerPluginLandingPageDisabled()] : []),
  ];
  return new ApolloServer<GatewayContext>({
    gateway: opts.gateway,
    plugins,
    validationRules: [opts.protection.validationRule],
    parseOptions: { maxTokens: limits.maxTokens },
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    introspection: !opts.production,
    includeStacktraceInErrorResponses: false,
    nodeEnv: opts.production ? 'production' : 'development',
    formatError: (formatted, error) => {
      const masked = maskError(formatted, error);
      if (masked.extensions?.code === 'INTERNAL' && formatted.extensions?.code !== 'INTERNAL') {
        opts.logger.error({ err: unwrapResolverError(error), path: formatted.path }, 'internal error (masked for the client)');
      }
      // Which subgraph answered is internal topology, not something a client needs.
      const { serviceName: _service, ...extensions } = masked.extensions ?? {};
      return { ...masked, extensions };
    },
  });
}
