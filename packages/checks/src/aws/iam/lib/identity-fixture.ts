import { ok, type IamGroup, type IamRole, type PolicyStatement } from '@cspmexa/resources';
import { ACCOUNT_ID } from './iam-fixture';

/** A group with no policy; tests add the ones they are about. */
export function iamGroup(overrides: Partial<IamGroup> = {}): IamGroup {
  const groupName = overrides.groupName ?? 'developers';
  return {
    kind: 'aws.iam.group',
    arn: `arn:aws:iam::${ACCOUNT_ID}:group/${groupName}`,
    name: groupName,
    accountId: ACCOUNT_ID,
    region: 'global',
    groupName,
    attachedPolicies: [],
    inlinePolicies: [],
    ...overrides,
  };
}

/** A role EC2 may assume, with no policy; tests add the ones they are about. */
export function iamRole(overrides: Partial<IamRole> = {}): IamRole {
  const roleName = overrides.roleName ?? 'app-role';
  return {
    kind: 'aws.iam.role',
    arn: `arn:aws:iam::${ACCOUNT_ID}:role/${roleName}`,
    name: roleName,
    accountId: ACCOUNT_ID,
    region: 'global',
    roleName,
    assumeRolePolicy: ok({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }] }),
    attachedPolicies: [],
    inlinePolicies: [],
    instanceProfileArns: [],
    serviceLinked: false,
    ...overrides,
  };
}

export const inline = (policyName: string, ...statements: PolicyStatement[]) => ({ policyName, document: { Version: '2012-10-17', Statement: statements } });
