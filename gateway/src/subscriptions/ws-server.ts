/**
 * GraphQL subscriptions over graphql-ws on the gateway's own http server and path (@apollo/gateway cannot execute
 * subscriptions). The socket authenticates in `connection_init` with the HTTP rules (J1-J5, API tokens: READ is
 * enough to subscribe) and is closed when its credential expires or is revoked (S2, socket-sessions.ts); browsers
 * may only connect from allowed origins (cross-site WebSocket hijacking).
 */
import type http from 'node:http';
import type { Duplex } from 'node:stream';
import { AppError, type AppConfig, type Logger, type Secrets } from '@cspmexa/server-kit';
import { GraphQLError, NoSchemaIntrospectionCustomRule, getOperationAST, parse, specifiedRules, validate, type GraphQLSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import { bearerToken } from '../access-token';
import { limits, type Protection } from '../armor';
import { isOriginAllowed } from '../origins';
import type { SessionChecks } from '../session-checks';
import { authenticateToken } from '../token-auth';
import { subscriptionStream, type EventStreamDeps, type Subscriber } from './event-stream';
import { planLookupQuery } from './lookup-query';
import { servedSubscriptions } from './served';
import { CLOSE_TRY_AGAIN_LATER, createSocketSessions } from './socket-sessions';

export const CLOSE_UNAUTHENTICATED = 4401;

export interface SubscriptionServerOptions extends EventStreamDeps {
  httpServer: http.Server;
  path: string;
  config: AppConfig;
  secrets: Secrets;
  protection: Protection;
  origins: Set<string>;
  /** The API schema once the gateway has loaded it. */
  schema: () => GraphQLSchema | undefined;
  logger: Logger;
  /** Token versions and API tokens (J5); absent with test stand-ins for auth, then only access tokens connect. */
  checks?: SessionChecks;
  /** Overrides how often open sockets are checked again (tests). */
  recheckIntervalMs?: number;
}

const MAX_MESSAGE_BYTES = 100 * 1024;

export function attachSubscriptionServer(opts: SubscriptionServerOptions): { close(): Promise<void> } {
  const production = opts.config.NODE_ENV === 'production';
  const rules = [...specifiedRules, opts.protection.validationRule, ...(production ? [NoSchemaIntrospectionCustomRule] : [])];
  const sessions = createSocketSessions({ checks: opts.checks, logger: opts.logger, recheckIntervalMs: opts.recheckIntervalMs });
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES });

  const onUpgrade = (req: http.IncomingMessage, socket: Duplex, head: Buffer) => {
    const pathname = new URL(req.url ?? '/', 'http://gateway').pathname;
    if (pathname !== opts.path) return refuse(socket, 404, 'Not Found');
    if (!isOriginAllowed(req.headers.origin, opts.origins)) return refuse(socket, 403, 'Forbidden');
    wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req));
  };
  opts.httpServer.on('upgrade', onUpgrade);

  const disposable = useServer<Record<string, unknown>>(
    {
      isProd: production,
      onConnect: async (ctx) => {
        const socket = ctx.extra.socket;
        try {
          const token = bearerToken(ctx.connectionParams?.authorization);
          if (!token) throw new AppError('UNAUTHENTICATED', 'A token is required.');
          const auth = await authenticateToken(token, opts.secrets, opts.config, opts.checks);
          // The client may have gone while auth was asked.
          if (socket.readyState !== socket.OPEN) return false;
          const req = ctx.extra.request;
          sessions.open(socket, auth, { viewer: auth.viewer, ip: req.socket.remoteAddress, userAgent: req.headers['user-agent'] });
          return true;
        } catch (err) {
          if (err instanceof AppError && err.code === 'UNAUTHENTICATED') {
            socket.close(CLOSE_UNAUTHENTICATED, 'Unauthorized');
          } else {
            opts.logger.error({ err }, 'websocket authentication failed');
            socket.close(CLOSE_TRY_AGAIN_LATER, 'Try again later');
          }
          return false;
        }
      },
      onClose: (ctx) => {
        sessions.closed(ctx.extra.socket);
      },
      onSubscribe: (ctx, _id, payload) => {
        const schema = opts.schema();
        if (!schema) return [new GraphQLError('The schema is not loaded yet; retry shortly.')];
        let document;
        try {
          document = parse(payload.query, { maxTokens: limits.maxTokens });
        } catch (err) {
          return [err instanceof GraphQLError ? err : new GraphQLError('Invalid query.')];
        }
        const errors = validate(schema, document, rules);
        if (errors.length > 0) return errors;
        if (getOperationAST(document, payload.operationName)?.operation !== 'subscription') {
          return [new GraphQLError('Only subscriptions are served over the WebSocket; send queries and mutations over HTTP.')];
        }
        return {
          schema,
          document,
          operationName: payload.operationName,
          variableValues: payload.variables,
          contextValue: sessions.subscriberOf(ctx.extra.socket),
        };
      },
      subscribe: async (args) => {
        const subscriber = args.contextValue as Subscriber | undefined;
        if (!subscriber) return { errors: [new GraphQLError('Not authenticated.', { extensions: { code: 'UNAUTHENTICATED' } })] };
        const plan = planLookupQuery(args.schema, args.document, args.operationName, args.variableValues, servedSubscriptions);
        if ('errors' in plan) return { errors: plan.errors };
        return subscriptionStream(opts, subscriber, plan);
      },
    },
    wss,
  );

  return {
    close: async () => {
      opts.httpServer.off('upgrade', onUpgrade);
      sessions.close();
      // Completes every subscription (their `return()` unsubscribes from the bus) and closes sockets with 1001.
      await disposable.dispose();
    },
  };
}

function refuse(socket: Duplex, status: number, text: string): void {
  socket.end(`HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}
