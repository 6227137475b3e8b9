import { ok, type IamPolicy, type PolicyStatement } from '@cspmexa/resources';
import { ACCOUNT_ID } from './iam-fixture';

/** A customer-managed policy attached to one role, holding `statements`. */
export function iamPolicy(statements: PolicyStatement[], overrides: Partial<IamPolicy> = {}): IamPolicy {
  const policyName = overrides.policyName ?? 'app-policy';
  return {
    kind: 'aws.iam.policy',
    arn: `arn:aws:iam::${ACCOUNT_ID}:policy/${policyName}`,
    name: policyName,
    accountId: ACCOUNT_ID,
    region: 'global',
    policyName,
    awsManaged: false,
    attachmentCount: 1,
    defaultVersionId: 'v1',
    document: ok({ Version: '2012-10-17', Statement: statements }),
    attachedTo: { users: [], groups: [], roles: ['app-role'] },
    ...overrides,
  };
}

export const READ_BUCKET: PolicyStatement = { Effect: 'Allow', Action: ['s3:GetObject', 's3:ListBucket'], Resource: ['arn:aws:s3:::app', 'arn:aws:s3:::app/*'] };
export const FULL_ADMIN: PolicyStatement = { Sid: 'Admin', Effect: 'Allow', Action: '*', Resource: '*' };
