import { describe, expect, it } from 'vitest';
import { resourceLabel } from './resourceLabel';

describe('resourceLabel', () => {
  it.each([
    ['arn:aws:s3:::examplecorp-www', 'examplecorp-www'],
    ['arn:aws:iam::111122223333:user/engineering/atima.haddad', 'atima.haddad'],
    ['arn:aws:ec2:us-east-1:111122223333:security-group/sg-0d811d6867', 'sg-0d811d6867'],
    ['arn:aws-us-gov:iam::111122223333:role/aws-service-role/ssm.amazonaws.com/AWSServiceRoleForSSM', 'AWSServiceRoleForSSM'],
    ['arn:aws:cloudtrail:us-east-1:111122223333:trail/org-audit', 'org-audit'],
    ['arn:aws:iam::111122223333:account', 'account'],
    ['arn:aws:logs:eu-west-1:111122223333:log-group:/aws/cloudtrail:*', '/aws/cloudtrail'],
    ['arn:aws:lambda:eu-west-1:111122223333:function:ingest', 'ingest'],
  ])('%s -> %s', (arn, label) => {
    expect(resourceLabel(arn)).toBe(label);
  });

  it('returns anything that is not an ARN as it is', () => {
    expect(resourceLabel('i-0123456789abcdef0')).toBe('i-0123456789abcdef0');
    expect(resourceLabel('arn:aws:s3')).toBe('arn:aws:s3');
  });

  it('keeps the resource part when it ends with a slash', () => {
    expect(resourceLabel('arn:aws:s3:::bucket/')).toBe('bucket/');
  });
});
