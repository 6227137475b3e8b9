/**
 * The one description of the read-only role a customer creates for CSPMEXA (SECURITY.md A1, A2). The trust policy,
 * the CloudFormation template and the Terraform snippet are all rendered from it, so they cannot drift apart.
 */

export interface PolicyDocument {
  Version: '2012-10-17';
  Statement: Record<string, unknown>[];
}

export interface ReadOnlyRole {
  roleName: string;
  description: string;
  trustedPrincipalArn: string;
  externalId: string;
  /** Who may assume the role: CSPMEXA's principal, and only with the organization's ExternalId. */
  trustPolicy: PolicyDocument;
  managedPolicyArns: string[];
  inlinePolicyName: string;
  inlinePolicy: PolicyDocument;
  /** AssumeRole sessions last an hour; the collector refreshes them during long scans (A4). */
  maxSessionDurationSeconds: number;
}

export const DEFAULT_ROLE_NAME = 'CSPMEXA-ReadOnly';

/**
 * Read calls the collector makes that older revisions of SecurityAudit and ViewOnlyAccess lack (the EC2 account
 * settings came later than the policies), or that a customer's edited copy may miss. Granting one twice is harmless.
 */
export const EXTRA_READ_ACTIONS = [
  // The SECURITY alternate contact (CIS 1.2): the Account Management API is not in older SecurityAudit revisions.
  'account:GetAlternateContact',
  'ec2:GetEbsDefaultKmsKeyId',
  'ec2:GetEbsEncryptionByDefault',
  'ec2:GetImageBlockPublicAccessState',
  'ec2:GetInstanceMetadataDefaults',
  'ec2:GetSnapshotBlockPublicAccessState',
  'iam:GenerateCredentialReport',
  'iam:GetCredentialReport',
  's3:GetBucketObjectLockConfiguration',
  's3:GetBucketOwnershipControls',
] as const;

/** `arn:aws-us-gov:iam::...` -> `aws-us-gov`; managed policy ARNs live in the principal's partition. */
function partitionOf(arn: string): string {
  return /^arn:(aws(?:-cn|-us-gov)?):/.exec(arn)?.[1] ?? 'aws';
}

export function readOnlyRole(opts: { externalId: string; trustedPrincipalArn: string; roleName?: string }): ReadOnlyRole {
  const partition = partitionOf(opts.trustedPrincipalArn);
  const roleName = opts.roleName ?? DEFAULT_ROLE_NAME;
  return {
    roleName,
    description: 'Read-only access for CSPMEXA security posture scans',
    trustedPrincipalArn: opts.trustedPrincipalArn,
    externalId: opts.externalId,
    trustPolicy: {
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Principal: { AWS: opts.trustedPrincipalArn },
          Action: 'sts:AssumeRole',
          Condition: { StringEquals: { 'sts:ExternalId': opts.externalId } },
        },
      ],
    },
    managedPolicyArns: [`arn:${partition}:iam::aws:policy/SecurityAudit`, `arn:${partition}:iam::aws:policy/job-function/ViewOnlyAccess`],
    inlinePolicyName: `${roleName}-CollectorReads`,
    inlinePolicy: {
      Version: '2012-10-17',
      Statement: [{ Sid: 'CollectorReads', Effect: 'Allow', Action: [...EXTRA_READ_ACTIONS], Resource: '*' }],
    },
    maxSessionDurationSeconds: 3600,
  };
}
