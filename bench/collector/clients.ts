/**
 * SDK clients pointed at one endpoint (the fake, or a real one for a smoke run): one per service and region,
 * created on first use. Retries stay the SDK's default (standard mode, 3 attempts) unless asked otherwise.
 */
import { EC2Client } from '@aws-sdk/client-ec2';
import { IAMClient } from '@aws-sdk/client-iam';
import { S3Client } from '@aws-sdk/client-s3';
import { STSClient } from '@aws-sdk/client-sts';

export interface BenchCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
}

export interface BenchClients {
  ec2(region: string): EC2Client;
  s3(region: string): S3Client;
  /** IAM is global: signed for us-east-1. */
  iam(): IAMClient;
  sts(): STSClient;
  /** Any other service's client (SSM, CloudTrail, Config...), one per class and region. */
  client<C extends { destroy(): void }>(clientClass: new (config: { region: string } & Record<string, unknown>) => C, region: string): C;
  destroy(): void;
}

export function benchClients(endpoint: string, credentials: BenchCredentials, opts: { maxAttempts?: number } = {}): BenchClients {
  const common = { endpoint, credentials, ...(opts.maxAttempts ? { maxAttempts: opts.maxAttempts } : {}) };
  const made: { destroy(): void }[] = [];
  const memo = <T extends { destroy(): void }>(cache: Map<string, T>, key: string, make: () => T): T => {
    let client = cache.get(key);
    if (!client) {
      cache.set(key, (client = make()));
      made.push(client);
    }
    return client;
  };
  const ec2s = new Map<string, EC2Client>();
  const s3s = new Map<string, S3Client>();
  const globals = new Map<string, IAMClient | STSClient>();
  const others = new Map<string, { destroy(): void }>();
  return {
    ec2: (region) => memo(ec2s, region, () => new EC2Client({ ...common, region })),
    s3: (region) => memo(s3s, region, () => new S3Client({ ...common, region, forcePathStyle: true })),
    iam: () => memo(globals, 'iam', () => new IAMClient({ ...common, region: 'us-east-1' })) as IAMClient,
    sts: () => memo(globals, 'sts', () => new STSClient({ ...common, region: 'us-east-1' })) as STSClient,
    client: (clientClass, region) => memo(others, `${clientClass.name}/${region}`, () => new clientClass({ ...common, region })) as InstanceType<typeof clientClass>,
    destroy: () => made.forEach((c) => c.destroy()),
  };
}
