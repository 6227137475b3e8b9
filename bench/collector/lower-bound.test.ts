import { describe, expect, it } from 'vitest';
import { minimumCallPlan, callsPerBucket } from './call-plan';
import { buildEstate, fullEstate } from './fake-aws/estate';
import { defaultLimits } from './fake-aws/limits';
import { benchRegions } from './fake-aws/server';
import { bucketSeconds, lowerBound } from './lower-bound';

describe('lower bound T*', () => {
  it('is zero within the burst and (n - burst) / refill beyond it', () => {
    expect(bucketSeconds(100, { burst: 100, refillPerSecond: 20 })).toBe(0);
    expect(bucketSeconds(300, { burst: 100, refillPerSecond: 20 })).toBe(10);
  });

  it('is set by the slowest independent bucket', () => {
    const bound = lowerBound(
      [
        { region: 'us-east-1', apiClass: 'ec2-describe', calls: 300 },
        { region: 'eu-west-1', apiClass: 's3', calls: 550 },
      ],
      defaultLimits,
    );
    expect(bound).toEqual({ seconds: 20, bottleneck: 'eu-west-1/s3' });
  });

  it('counts the minimum calls of the full estate from the page sizes', () => {
    const plan = minimumCallPlan(buildEstate(fullEstate, benchRegions));
    const byApi = (api: string) => plan.filter((c) => c.api === api).reduce((n, c) => n + c.count, 0);
    expect(byApi('DescribeInstances')).toBe(4); // 1,500 per region at 1,000 a page
    expect(byApi('DescribeVolumes')).toBe(4); // 1,000 per region at 500 a page
    expect(byApi('GetAccountAuthorizationDetails')).toBe(3); // 2,008 entities at 1,000 a page
    expect(byApi('GetBucketAcl')).toBe(1000);
    expect(byApi('GetBucketLocation')).toBe(0);
    expect(callsPerBucket(plan).get('us-east-1/s3')?.calls).toBe(5001);
  });

  it('counts the account-level reads: SSM pages per region, each trail in its home region, contact once', () => {
    const plan = minimumCallPlan(buildEstate(fullEstate, benchRegions));
    const byApi = (api: string) => plan.filter((c) => c.api === api).reduce((n, c) => n + c.count, 0);
    expect(byApi('DescribeInstanceInformation')).toBe(36); // 900 managed per region at 50 a page
    expect(byApi('ListTrails')).toBe(1);
    expect(plan.filter((c) => c.api === 'DescribeTrails').map((c) => c.region)).toEqual(['us-east-1', 'eu-west-1']);
    expect(byApi('GetEventSelectors')).toBe(2);
    expect(byApi('DescribeMetricFilters')).toBe(1); // only the trail with a log group
    expect(byApi('DescribeAlarms')).toBe(1);
    expect(byApi('DescribeConfigurationRecorderStatus')).toBe(2);
    expect(byApi('GetAlternateContact')).toBe(1);
  });
});
