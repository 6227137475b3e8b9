/**
 * Builds the AWS clients of one scan. DEFAULT_CHAIN uses the SDK's default provider chain (env, profile, SSO,
 * instance role...); ASSUME_ROLE assumes the customer's role with the org's ExternalId (A1) through
 * `fromTemporaryCredentials`, which refreshes itself during long scans (A4). Endpoints come from the SDK's own
 * AWS_ENDPOINT_URL* handling; `forcePathStyle` is needed once an endpoint is configured (local S3 servers).
 */
import { S3Client } from '@aws-sdk/client-s3';
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { fromNodeProviderChain, fromTemporaryCredentials } from '@aws-sdk/credential-providers';
import type { AwsAuthMethod } from '../db/schema';
import { sharedCredentials } from './shared-credentials';

export interface AwsTarget {
  authMethod: AwsAuthMethod;
  roleArn: string | null;
  externalId: string;
  /** Region for STS and global calls. */
  region: string;
}

export interface CallerIdentity {
  accountId: string;
  arn: string;
}

export interface AwsSession {
  /** Obtains credentials (assuming the role if needed); rejects when none can be obtained. */
  resolveCredentials(): Promise<void>;
  callerIdentity(): Promise<CallerIdentity>;
  /** One S3 client per region, created on first use. */
  s3(region: string): S3Client;
  /** Releases sockets once the scan is over. */
  destroy(): void;
}

export interface AwsClientFactory {
  session(target: AwsTarget): AwsSession;
}

export interface AwsClientOptions {
  /** Path-style bucket addressing; true when AWS_ENDPOINT_URL(_S3) points at a local S3 server. */
  forcePathStyle: boolean;
}

/** Session names show up in the customer's CloudTrail: say who is calling. */
type CredentialsProvider = ReturnType<typeof fromNodeProviderChain>;

const ROLE_SESSION_NAME = 'cspmexa-scan';
const requestHandler = { connectionTimeout: 5_000, requestTimeout: 30_000 };

function credentialsFor(target: AwsTarget): CredentialsProvider {
  if (target.authMethod === 'ASSUME_ROLE') {
    if (!target.roleArn) throw new Error('ASSUME_ROLE account without a role ARN');
    return fromTemporaryCredentials({
      params: { RoleArn: target.roleArn, ExternalId: target.externalId, RoleSessionName: ROLE_SESSION_NAME, DurationSeconds: 3600 },
      clientConfig: { region: target.region },
    });
  }
  return fromNodeProviderChain();
}

/** Reads the endpoint variables once, at start-up, the way the SDK will. */
export function awsClientOptionsFromEnv(env: NodeJS.ProcessEnv): AwsClientOptions {
  return { forcePathStyle: Boolean(env.AWS_ENDPOINT_URL_S3 || env.AWS_ENDPOINT_URL) };
}

export function createAwsClientFactory(options: AwsClientOptions): AwsClientFactory {
  return {
    session(target) {
      const credentials = sharedCredentials(credentialsFor(target));
      const s3Clients = new Map<string, S3Client>();
      let sts: STSClient | undefined;
      return {
        resolveCredentials: async () => {
          await credentials();
        },
        callerIdentity: async () => {
          sts ??= new STSClient({ region: target.region, credentials, requestHandler });
          const out = await sts.send(new GetCallerIdentityCommand({}));
          if (!out.Account || !out.Arn) throw new Error('GetCallerIdentity returned no account');
          return { accountId: out.Account, arn: out.Arn };
        },
        s3: (region) => {
          let client = s3Clients.get(region);
          if (!client) {
            client = new S3Client({ region, credentials, forcePathStyle: options.forcePathStyle, followRegionRedirects: true, requestHandler });
            s3Clients.set(region, client);
          }
          return client;
        },
        destroy: () => {
          for (const c of s3Clients.values()) c.destroy();
          sts?.destroy();
        },
      };
    },
  };
}
