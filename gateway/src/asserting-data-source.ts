/**
 * The gateway's hop to a subgraph. Subgraphs trust only the signed assertion (J6, S1): whatever identity headers a
 * client sent are dropped here, and the assertion is signed per request with the viewer the gateway verified.
 */
import crypto from 'node:crypto';
import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { ASSERTION_HEADER, signAssertion } from '@cspmexa/server-kit';
import type { GatewayContext } from './context';

/** Headers that could claim an identity downstream; none of them may come from a client. */
export function isIdentityHeader(name: string): boolean {
  const n = name.toLowerCase();
  return n === 'authorization' || n === 'cookie' || n === ASSERTION_HEADER || n.startsWith('x-user-') || n.startsWith('x-cspmexa-');
}

export class AssertingDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    config: ConstructorParameters<typeof RemoteGraphQLDataSource<GatewayContext>>[0],
    private readonly internalSecret: string,
  ) {
    super(config);
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    const headers = request.http?.headers;
    if (!headers) return;
    for (const [name] of [...headers]) if (isIdentityHeader(name)) headers.delete(name);
    // `context` is undefined for the gateway's own requests (health checks): they go out anonymous.
    const ctx = context as Partial<GatewayContext> | undefined;
    headers.set(
      ASSERTION_HEADER,
      signAssertion(
        ctx?.viewer ?? null,
        { requestId: ctx?.requestId ?? crypto.randomUUID(), ip: ctx?.ip, userAgent: ctx?.userAgent },
        this.internalSecret,
      ),
    );
    if (ctx?.requestId) headers.set('x-request-id', ctx.requestId);
  }
}
