/**
 * The product side of the benchmark: the inventory subgraph's own scan path (subgraphs/inventory), unchanged.
 * Clients come from the product's factory (`createAwsClientFactory`, DEFAULT_CHAIN credentials, path-style S3
 * because an endpoint is configured, SDK retries off); `collectAccount` then runs DescribeRegions and every
 * collector of `awsCollectors` through the product's rate limiter (per account, region and API class) with its
 * jittered retries. What a scan would record as errors is what the benchmark checks for lost throttling.
 */
import { awsClientOptionsFromEnv, createAwsClientFactory } from '../../subgraphs/inventory/src/aws/clients';
import { awsCollectors } from '../../subgraphs/inventory/src/collectors/aws';
import { collectAccount } from '../../subgraphs/inventory/src/domain/collect-account';
import type { BenchCollector, CollectOutcome } from './collect-with';
import { withEnv } from './product/scoped-env';

export const productCollector: BenchCollector = {
  name: 'product collector',
  wired: true,
  collectWith: (endpoint, credentials, regions) => {
    const defaultRegion = regions[0] ?? 'us-east-1';
    const env = {
      AWS_ENDPOINT_URL: endpoint,
      AWS_ACCESS_KEY_ID: credentials.accessKeyId,
      AWS_SECRET_ACCESS_KEY: credentials.secretAccessKey,
      ...(credentials.sessionToken ? { AWS_SESSION_TOKEN: credentials.sessionToken } : {}),
    };
    return withEnv(env, async (): Promise<CollectOutcome> => {
      const session = createAwsClientFactory(awsClientOptionsFromEnv(process.env)).session({ authMethod: 'DEFAULT_CHAIN', roleArn: null, externalId: 'bench', region: defaultRegion });
      try {
        const result = await collectAccount({ session, collectors: awsCollectors, knownAwsAccountId: null, defaultRegion, chosenRegions: regions });
        const errors = result.errors.map((e) => ({ api: e.api, code: e.code }));
        if (result.status === 'FAILED') return { resources: 0, errors: [...errors, { api: 'scan', code: `FAILED: ${result.failureReason}` }] };
        return { resources: result.resources.length, errors };
      } finally {
        session.destroy();
      }
    });
  },
};
