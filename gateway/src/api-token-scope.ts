/**
 * READ API tokens run queries only: a mutation (or subscription) is refused before any subgraph is called
 * (FORBIDDEN, reason API_TOKEN_READ_ONLY). The refusal is audited like the subgraphs' (L1): one
 * `authorization.denied` entry per root field, written to auth's trail; a lost entry is logged, never silent.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { forbidden, type AuthorizationDenial, type DenialSink, type Logger } from '@cspmexa/server-kit';
import { Kind, type OperationDefinitionNode } from 'graphql';
import type { GatewayContext } from './context';

function rootFields(operation: OperationDefinitionNode): string[] {
  const type = operation.operation === 'mutation' ? 'Mutation' : 'Subscription';
  return operation.selectionSet.selections.map((s) => `${type}.${s.kind === Kind.FIELD ? s.name.value : '*'}`);
}

export function apiTokenScopePlugin(opts: { sink?: DenialSink; logger?: Logger } = {}): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, operation }) {
          const viewer = contextValue.viewer;
          if (!viewer?.apiToken || viewer.apiToken.scope !== 'READ' || !operation || operation.operation === 'query') return;
          const denials: AuthorizationDenial[] = [...new Set(rootFields(operation))].map((field) => ({
            orgId: viewer.orgId,
            actorId: viewer.userId,
            field,
            operation: operation.name?.value ?? null,
            target: null,
            reason: 'API_TOKEN_READ_ONLY',
            subgraph: 'gateway',
            apiTokenId: viewer.apiToken!.id,
            count: 1,
          }));
          const request = { requestId: contextValue.requestId, ip: contextValue.ip, userAgent: contextValue.userAgent };
          await opts.sink?.(denials, request).catch((err: unknown) => {
            opts.logger?.error({ err, denials, requestId: request.requestId }, 'authorization denial could not be written to the audit trail');
          });
          const error = forbidden('API_TOKEN_READ_ONLY', 'This API token is read-only.');
          (error.extensions as Record<string, unknown>).http = { status: 403 };
          throw error;
        },
      };
    },
  };
}
