import type { FindingDetailQuery } from '../../gql/graphql';

type Detail = NonNullable<FindingDetailQuery['finding']>;

/** A complete FindingDetail response (tests only); override what a test is about. */
export function findingDetail(overrides: Partial<Detail> = {}): { data: FindingDetailQuery } {
  return {
    data: {
      finding: {
        __typename: 'Finding',
        id: 'f-1',
        shortId: 'S3-03',
        title: 'S3 bucket is not publicly accessible',
        severity: 'CRITICAL',
        status: 'OPEN',
        checkId: 's3_bucket_public_access',
        resourceArn: 'arn:aws:s3:::public-logs',
        region: 'eu-west-1',
        accountId: '123456789012',
        firstSeenAt: '2026-01-01T10:00:00.000Z',
        lastSeenAt: '2026-01-02T10:00:00.000Z',
        message: 'The bucket policy grants s3:GetObject to Principal "*".',
        service: 's3',
        description: 'Checks that the bucket is not public.',
        risk: 'Anyone on the internet can read the objects.',
        references: ['https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html', 'javascript:alert(1)'],
        remediation: {
          __typename: 'Remediation',
          text: 'Turn on Block Public Access for the bucket.',
          cli: 'aws s3api put-public-access-block --bucket <bucket>',
          terraform: 'resource "aws_s3_bucket_public_access_block" "this" {}',
        },
        compliance: [
          { __typename: 'ComplianceControlRef', framework: 'CIS_AWS_5_0_0', controlId: '2.1.4', title: 'Ensure that S3 is configured with Block Public Access' },
        ],
        history: [
          { __typename: 'FindingEvent', at: '2026-01-01T10:00:00.000Z', fromStatus: null, toStatus: 'OPEN', scanId: 'scan-1', actorEmail: null, note: null },
          { __typename: 'FindingEvent', at: '2026-01-03T10:00:00.000Z', fromStatus: 'OPEN', toStatus: 'RESOLVED', scanId: 'scan-2', actorEmail: null, note: null },
          { __typename: 'FindingEvent', at: '2026-01-04T10:00:00.000Z', fromStatus: 'RESOLVED', toStatus: 'REOPENED', scanId: 'scan-3', actorEmail: null, note: null },
        ],
        muteRule: null,
        ...overrides,
      },
    },
  };
}
