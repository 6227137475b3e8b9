/**
 * The product side of the benchmark really runs the inventory subgraph's scan path against the fake endpoint:
 * small estate, no latency, so it stays fast (the credential report poll makes it take about two seconds).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { fullEstate, scaled } from './fake-aws/estate';
import { benchCredentials, benchRegions, startFakeAws, type FakeAws } from './fake-aws/server';
import { productCollector } from './product-collector';

let fake: FakeAws | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

describe('product collector against the fake endpoint', () => {
  it('reads the whole estate through the inventory collectors with no error and no throttling given up', async () => {
    const counts = scaled(fullEstate, 0.01);
    fake = await startFakeAws({ counts, latencyMs: 0 });
    const before = process.env.AWS_ENDPOINT_URL;
    const outcome = await productCollector.collectWith(fake.endpoint, benchCredentials, benchRegions);
    const stats = fake.stats();
    expect(outcome.errors).toEqual([]);
    expect(outcome.resources).toBeGreaterThanOrEqual(counts.instances + counts.securityGroups + counts.volumes + counts.buckets + counts.users + counts.roles);
    expect(stats.calls.GetBucketAcl?.served).toBe(counts.buckets);
    expect(stats.calls.DescribeInstanceAttribute?.served).toBe(counts.instances);
    expect(stats.calls['s3control:GetPublicAccessBlock']?.served).toBe(1);
    // The account-level reads, each at its minimum (call-plan-account-level.ts).
    for (const [api, calls] of [['ListTrails', 1], ['DescribeTrails', 2], ['GetTrailStatus', 2], ['DescribeMetricFilters', 1], ['DescribeAlarms', 1], ['GetAlternateContact', 1], ['DescribeConfigurationRecorders', 2], ['ListAnalyzers', 2]] as const) {
      expect(stats.calls[api]?.served, api).toBe(calls);
    }
    expect(stats.calls.DescribeInstanceInformation?.served).toBe(2);
    expect(stats.throttles.givenUp).toEqual({});
    // The endpoint and credentials reach the product through the environment only for the duration of the run.
    expect(process.env.AWS_ENDPOINT_URL).toBe(before);
  }, 30_000);
});
