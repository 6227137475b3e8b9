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

/**
 * Inline policies whose document did not parse, by name, each with why. They are not in `inlinePolicies` (there
 * is no document to judge), and a check that reads documents must not take their absence for "no grant".
 */
export interface UnreadableInlinePolicies {
  unreadableInlinePolicies?: { policyName: string; message: string }[];
}

export interface IamUser extends AwsResourceBase, UnreadableInlinePolicies {
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

export interface IamGroup extends AwsResourceBase, UnreadableInlinePolicies {
  kind: 'aws.iam.group';
  groupName: string;
  path?: string;
  attachedPolicies: AttachedPolicyRef[];
  inlinePolicies: InlinePolicy[];
}

export interface IamRole extends AwsResourceBase, UnreadableInlinePolicies {
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
