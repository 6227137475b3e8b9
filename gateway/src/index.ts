export { createGateway, type GatewayOptions, type RunningGateway } from './create-gateway';
export { composeSupergraph, readRepoSubgraphSdls, subgraphNames, CompositionFailedError, type SubgraphSdl, type SubgraphName } from './compose';
