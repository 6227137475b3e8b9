/**
 * Account-wide services the demo also carries, so that their checks have data as soon as they exist: IAM Access
 * Analyzer per region (active only in us-east-1), a multi-region CloudTrail, AWS Config recording in one region,
 * and no security contact.
 */
import { absent, ok, type CloudResource } from '@cspmexa/resources';
import { DEMO_ACCOUNT, DEMO_REGIONS } from './common';

export function demoAccountActivity(): CloudResource[] {
  const out: CloudResource[] = DEMO_REGIONS.map((region) => ({
    kind: 'aws.accessanalyzer.region',
    arn: `arn:aws:access-analyzer:${region}:${DEMO_ACCOUNT}:analyzers`,
    name: `Access Analyzer (${region})`,
    accountId: DEMO_ACCOUNT,
    region,
    analyzers: ok(region === 'us-east-1' ? [{ name: 'account-analyzer', arn: `arn:aws:access-analyzer:${region}:${DEMO_ACCOUNT}:analyzer/account-analyzer`, type: 'ACCOUNT', status: 'ACTIVE' }] : []),
  }));
  out.push(
    ...DEMO_REGIONS.map((region): CloudResource => ({
      kind: 'aws.config.region',
      arn: `arn:aws:config:${region}:${DEMO_ACCOUNT}:recorders`,
      name: `AWS Config (${region})`,
      accountId: DEMO_ACCOUNT,
      region,
      recorders: ok(region === 'us-east-1' ? [{ name: 'default', allSupported: true, includeGlobalResourceTypes: true, recording: true }] : []),
    })),
  );
  out.push({
    kind: 'aws.cloudtrail.trail',
    arn: `arn:aws:cloudtrail:us-east-1:${DEMO_ACCOUNT}:trail/org-audit`,
    name: 'org-audit',
    accountId: DEMO_ACCOUNT,
    region: 'us-east-1',
    tags: ok({ Team: 'security' }),
    trailName: 'org-audit',
    homeRegion: 'us-east-1',
    isMultiRegionTrail: true,
    isOrganizationTrail: false,
    logFileValidationEnabled: false,
    s3BucketName: 'examplecorp-cloudtrail-logs',
    status: ok({ isLogging: true }),
    eventSelectors: ok({ selectors: [{ ReadWriteType: 'All', IncludeManagementEvents: true }], advancedSelectors: [] }),
    metricFilters: ok([]),
    alarms: ok([]),
  });
  out.push({
    kind: 'aws.account.contacts',
    arn: `arn:aws:account::${DEMO_ACCOUNT}:account`,
    name: 'Account contacts',
    accountId: DEMO_ACCOUNT,
    region: 'global',
    securityContact: absent(),
  });
  return out;
}
