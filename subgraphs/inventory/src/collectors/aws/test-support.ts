/** Test support: a scan context over real (mockable) SDK clients, with an unlimited, non-retrying caller. */
import { EC2Client } from '@aws-sdk/client-ec2';
import { IAMClient } from '@aws-sdk/client-iam';
import { OrganizationsClient } from '@aws-sdk/client-organizations';
import { S3Client } from '@aws-sdk/client-s3';
import { S3ControlClient } from '@aws-sdk/client-s3-control';
import type { AwsSession } from '../../aws/clients';
import { createAwsCaller, directCaller, type AwsCaller } from './calls/aws-caller';
import type { AwsScanContext } from './collector';

/** A caller that retries like production (4 attempts) on an instant clock: throttling costs no real time. */
export function retryingCaller(): AwsCaller {
  let t = 0;
  const clock = { now: () => t, sleep: async (ms: number) => void (t += ms) };
  return createAwsCaller({ accountId: 'test', clock, random: () => 0.5, retry: { maxAttempts: 4, baseDelayMs: 100, maxDelayMs: 1_000 } });
}

/**
 * `client()` for test sessions and contexts: one client per class and region, built with `config` (e.g. dummy
 * credentials). aws-sdk-client-mock patches every instance of a mocked class, so tests need no more.
 */
export function memoClients(config: Record<string, unknown> = {}): AwsSession['client'] {
  const made = new Map<string, { destroy(): void }>();
  return (clientClass, region) => {
    const key = `${clientClass.name}/${region}`;
    let client = made.get(key);
    if (!client) made.set(key, (client = new clientClass({ region, ...config })));
    return client as InstanceType<typeof clientClass>;
  };
}

export function testScanContext(overrides: Partial<AwsScanContext> & { caller?: AwsCaller } = {}): AwsScanContext {
  const cache = new Map<string, unknown>();
  const once = <C>(key: string, make: () => C): C => (cache.get(key) as C | undefined) ?? (cache.set(key, make()), cache.get(key) as C);
  return {
    accountId: '123456789012',
    partition: 'aws',
    defaultRegion: 'us-east-1',
    regions: ['us-east-1'],
    caller: directCaller(),
    s3: (region) => once(`s3/${region}`, () => new S3Client({ region })),
    ec2: (region) => once(`ec2/${region}`, () => new EC2Client({ region })),
    iam: () => once('iam', () => new IAMClient({ region: 'us-east-1' })),
    s3control: (region) => once(`s3control/${region}`, () => new S3ControlClient({ region })),
    client: memoClients(),
    ...overrides,
  };
}

/** An AWS session over plain SDK clients (mock them with aws-sdk-client-mock), with credentials that always work. */
export function testAwsSession(overrides: Partial<AwsSession> = {}): AwsSession {
  return {
    resolveCredentials: async () => undefined,
    refreshCredentials: async () => undefined,
    callerIdentity: async () => ({ accountId: '123456789012', arn: 'arn:aws:sts::123456789012:assumed-role/CSPMEXA-ReadOnly/cspmexa-scan' }),
    s3: (region) => new S3Client({ region }),
    ec2: (region) => new EC2Client({ region }),
    iam: () => new IAMClient({ region: 'us-east-1' }),
    s3control: (region) => new S3ControlClient({ region }),
    organizations: () => new OrganizationsClient({ region: 'us-east-1' }),
    client: memoClients(),
    destroy: () => undefined,
    ...overrides,
  };
}
