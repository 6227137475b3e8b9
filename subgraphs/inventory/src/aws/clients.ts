/**
 * Builds the AWS clients of one scan. DEFAULT_CHAIN uses the SDK's default provider chain (env, profile, SSO,
 * instance role...); ASSUME_ROLE assumes the customer's role with the org's ExternalId (A1) through
 * `fromTemporaryCredentials`, which refreshes itself during long scans (A4); ACCESS_KEYS signs with the static
 * keys the admin gave (A3), decrypted by the caller just for this session. Endpoints come from the SDK's own
 * AWS_ENDPOINT_URL* handling; `forcePathStyle` is needed once an endpoint is configured (local S3 servers).
 */
import { EC2Client } from '@aws-sdk/client-ec2';
import { IAMClient } from '@aws-sdk/client-iam';
import { OrganizationsClient } from '@aws-sdk/client-organizations';
import { S3Client } from '@aws-sdk/client-s3';
import { S3ControlClient } from '@aws-sdk/client-s3-control';
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { fromNodeProviderChain, fromTemporaryCredentials } from '@aws-sdk/credential-providers';
import type { AwsAuthMethod } from '../db/schema';
import { sharedCredentials } from './shared-credentials';

/** Static keys of an ACCESS_KEYS account. Never logged, never returned by the API. */
export interface StaticAccessKeys {
  accessKeyId: string;
  secretAccessKey: string;
}

export interface AwsTarget {
  authMethod: AwsAuthMethod;
  roleArn: string | null;
  externalId: string;
  /** Required with ACCESS_KEYS, ignored otherwise. */
  accessKeys?: StaticAccessKeys | null;
  /** Region for STS and global calls. */
  region: string;
}

export interface CallerIdentity {
  accountId: string;
  arn: string;
}

/**
 * Any AWS SDK v3 client class. The session constructs it with the region, the scan's credentials, the request
 * timeouts and SDK retries off; everything else (endpoint from AWS_ENDPOINT_URL_<SERVICE>) stays the SDK's own.
 */
export type SdkClientClass<C extends { destroy(): void }> = new (config: { region: string } & Record<string, unknown>) => C;

export interface AwsSession {
  /** Obtains credentials (assuming the role if needed); rejects when none can be obtained. */
  resolveCredentials(): Promise<void>;
  callerIdentity(): Promise<CallerIdentity>;
  /** Gets new credentials now (AWS said the session expired before its announced expiry). */
  refreshCredentials(): Promise<void>;
  /** One client per service and region, created on first use. */
  s3(region: string): S3Client;
  ec2(region: string): EC2Client;
  /** IAM is global: one client, in the session's region. */
  iam(): IAMClient;
  s3control(region: string): S3ControlClient;
  /** AWS Organizations (global; its endpoint lives in us-east-1 for the aws partition). */
  organizations(): OrganizationsClient;
  /** A client of any other service (SSM, CloudTrail, Config, CloudWatch, Account...), one per class and region. */
  client<C extends { destroy(): void }>(clientClass: SdkClientClass<C>, region: string): C;
  /** Releases sockets once the scan is over. */
  destroy(): void;
}

export interface AwsClientFactory {
  session(target: AwsTarget): AwsSession;
}

export interface AwsClientOptions {
  /** Path-style bucket addressing; true when AWS_ENDPOINT_URL(_S3) points at a local S3 server. */
  forcePathStyle: boolean;
  /** AWS_ENDPOINT_URL_S3_CONTROL (or AWS_ENDPOINT_URL), used as is: see `s3ControlEndpoint` below. */
  s3ControlEndpoint?: string;
}

type CredentialsProvider = ReturnType<typeof fromNodeProviderChain>;

/** Session names show up in the customer's CloudTrail: say who is calling. */
const ROLE_SESSION_NAME = 'cspmexa-scan';
const ORGANIZATIONS_REGION = 'us-east-1';
const requestHandler = { connectionTimeout: 5_000, requestTimeout: 30_000 };
/**
 * Retries happen in the collectors' AwsCaller (the standard mode's jittered backoff, one rate-limiter token per
 * attempt); letting the SDK retry too would multiply attempts and bypass the limiter.
 */
const sdkRetry = { retryMode: 'standard', maxAttempts: 1 } as const;

function credentialsFor(target: AwsTarget): CredentialsProvider {
  if (target.authMethod === 'ASSUME_ROLE') {
    if (!target.roleArn) throw new Error('ASSUME_ROLE account without a role ARN');
    return fromTemporaryCredentials({
      params: { RoleArn: target.roleArn, ExternalId: target.externalId, RoleSessionName: ROLE_SESSION_NAME, DurationSeconds: 3600 },
      clientConfig: { region: target.region },
    });
  }
  if (target.authMethod === 'ACCESS_KEYS') {
    const keys = target.accessKeys;
    if (!keys) throw new Error('ACCESS_KEYS account without keys');
    return async () => ({ accessKeyId: keys.accessKeyId, secretAccessKey: keys.secretAccessKey });
  }
  return fromNodeProviderChain();
}

/** Reads the endpoint variables once, at start-up, the way the SDK will. */
export function awsClientOptionsFromEnv(env: NodeJS.ProcessEnv): AwsClientOptions {
  const s3ControlEndpoint = env.AWS_ENDPOINT_URL_S3_CONTROL || env.AWS_ENDPOINT_URL;
  return { forcePathStyle: Boolean(env.AWS_ENDPOINT_URL_S3 || env.AWS_ENDPOINT_URL), ...(s3ControlEndpoint ? { s3ControlEndpoint } : {}) };
}

/**
 * S3 Control's endpoint rules put the account id in front of the host (`<account>.<host>`), which a configured
 * local endpoint (an IP address) cannot answer; a configured endpoint is therefore used exactly as given.
 */
function s3ControlEndpoint(options: AwsClientOptions) {
  const endpoint = options.s3ControlEndpoint;
  return endpoint ? { endpointProvider: () => ({ url: new URL(endpoint) }) } : {};
}

/** One client per key, created on first use and destroyed with the session. */
function clientCache<C extends { destroy(): void }>(create: (key: string) => C) {
  const clients = new Map<string, C>();
  return {
    get(key: string): C {
      let client = clients.get(key);
      if (!client) clients.set(key, (client = create(key)));
      return client;
    },
    destroy: () => clients.forEach((c) => c.destroy()),
  };
}

export function createAwsClientFactory(options: AwsClientOptions): AwsClientFactory {
  return {
    session(target) {
      const credentials = sharedCredentials(credentialsFor(target));
      const common = { credentials, requestHandler, ...sdkRetry };
      const s3 = clientCache((region) => new S3Client({ region, ...common, forcePathStyle: options.forcePathStyle, followRegionRedirects: true }));
      const ec2 = clientCache((region) => new EC2Client({ region, ...common }));
      const iam = clientCache((region) => new IAMClient({ region, ...common }));
      const s3control = clientCache((region) => new S3ControlClient({ region, ...common, ...s3ControlEndpoint(options) }));
      // Any other service: keyed by class name and region, built by the class the collector asks for.
      const others = new Map<string, { destroy(): void }>();
      let sts: STSClient | undefined;
      let organizations: OrganizationsClient | undefined;
      return {
        resolveCredentials: async () => {
          await credentials();
        },
        refreshCredentials: () => credentials.refresh(),
        callerIdentity: async () => {
          sts ??= new STSClient({ region: target.region, credentials, requestHandler });
          const out = await sts.send(new GetCallerIdentityCommand({}));
          if (!out.Account || !out.Arn) throw new Error('GetCallerIdentity returned no account');
          return { accountId: out.Account, arn: out.Arn };
        },
        s3: s3.get,
        ec2: ec2.get,
        iam: () => iam.get(target.region),
        s3control: s3control.get,
        // Discovery is a few paged calls outside any scan's rate limiter: the SDK's own retries apply.
        organizations: () => (organizations ??= new OrganizationsClient({ region: ORGANIZATIONS_REGION, credentials, requestHandler })),
        client: (clientClass, region) => {
          const key = `${clientClass.name}/${region}`;
          let client = others.get(key);
          if (!client) others.set(key, (client = new clientClass({ region, ...common })));
          return client as InstanceType<typeof clientClass>;
        },
        destroy: () => {
          for (const cache of [s3, ec2, iam, s3control]) cache.destroy();
          others.forEach((c) => c.destroy());
          sts?.destroy();
          organizations?.destroy();
        },
      };
    },
  };
}
