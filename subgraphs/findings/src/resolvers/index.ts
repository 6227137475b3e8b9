/** The resolver map of the findings subgraph. */
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { AppError, type SubgraphContext } from '@cspmexa/server-kit';
import type { ResolverDeps } from './context';
import { resourceResolvers, scanResolvers } from './contributed';
import { alertResolvers, findingResolvers } from './finding';
import { mutationResolvers } from './mutation';
import { queryResolvers } from './query';
import { DateTime } from './scalars';
import { complianceReportResolvers, controlPostureResolvers, exportResolvers, muteRuleResolvers, posturePointResolvers } from './types';

export function buildResolvers(deps: ResolverDeps): GraphQLResolverMap<SubgraphContext> {
  return {
    DateTime,
    Query: queryResolvers(deps),
    Mutation: mutationResolvers(deps),
    MuteRule: muteRuleResolvers(deps),
    ComplianceReport: complianceReportResolvers,
    ControlPosture: controlPostureResolvers,
    PosturePoint: posturePointResolvers,
    FindingsExport: exportResolvers(deps),
    Finding: findingResolvers(deps),
    Alert: alertResolvers(deps),
    Resource: resourceResolvers(deps),
    Scan: scanResolvers(deps),
    Subscription: {
      alertRaised: {
        // Declared here so it composes; the gateway serves it over graphql-ws and resolves each event via `alert`.
        subscribe: () => {
          throw new AppError('BAD_USER_INPUT', 'alertRaised is served by the gateway over WebSocket (graphql-ws), not by the findings subgraph.');
        },
      },
    },
  } as unknown as GraphQLResolverMap<SubgraphContext>;
}
