/**
 * IAM users, groups and roles from GetAccountAuthorizationDetails (one paged call for the whole account), users
 * joined with their credential report row. Policy documents arrive URL-encoded and are stored parsed.
 */
import type { Collected } from '../collected';
import type { AwsResourceBase } from './base';
import type { CredentialReportEntry } from './iam-credentials';
import type { PolicyDocument } from './policy-document';

export interface AttachedPolicyRef {
  policyArn: string;
  policyName: string;
}

export interface InlinePolicy {
  policyName: string;
  document: PolicyDocument;
}

export interface IamUser extends AwsResourceBase {
  kind: 'aws.iam.user';
  userName: string;
  userId?: string;
  path?: string;
  createDate?: string;
  groups: string[];
  attachedPolicies: AttachedPolicyRef[];
  inlinePolicies: InlinePolicy[];
  permissionsBoundaryArn?: string;
  /** The user's credential report row; `absent` when the report predates the user. */
  credentials: Collected<CredentialReportEntry>;
}

export interface IamGroup extends AwsResourceBase {
  kind: 'aws.iam.group';
  groupName: string;
  path?: string;
  attachedPolicies: AttachedPolicyRef[];
  inlinePolicies: InlinePolicy[];
}

export interface IamRole extends AwsResourceBase {
  kind: 'aws.iam.role';
  roleName: string;
  roleId?: string;
  path?: string;
  createDate?: string;
  /** The trust policy (AssumeRolePolicyDocument), parsed. */
  assumeRolePolicy: Collected<PolicyDocument>;
  attachedPolicies: AttachedPolicyRef[];
  inlinePolicies: InlinePolicy[];
  instanceProfileArns: string[];
  /** Roles AWS creates for its services (path `/aws-service-role/`): customers cannot change them. */
  serviceLinked: boolean;
  lastUsedDate?: string;
}
