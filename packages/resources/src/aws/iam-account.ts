/**
 * The account-wide IAM settings (one resource per account, region `global`): password policy, account summary,
 * the root user's credential report row and the virtual MFA devices (a root MFA that is virtual is not hardware).
 */
import type { Collected } from '../collected';
import type { AwsResourceBase } from './base';
import type { CredentialReportEntry } from './iam-credentials';

export interface PasswordPolicy {
  minimumPasswordLength?: number;
  requireSymbols: boolean;
  requireNumbers: boolean;
  requireUppercaseCharacters: boolean;
  requireLowercaseCharacters: boolean;
  allowUsersToChangePassword: boolean;
  expirePasswords: boolean;
  maxPasswordAge?: number;
  passwordReusePrevention?: number;
  hardExpiry?: boolean;
}

export interface IamAccount extends AwsResourceBase {
  kind: 'aws.iam.account';
  /** GetAccountPasswordPolicy; `absent` when the account has none (NoSuchEntity). */
  passwordPolicy: Collected<PasswordPolicy>;
  /** GetAccountSummary SummaryMap, e.g. `AccountMFAEnabled`, `AccountAccessKeysPresent`. */
  summary: Collected<Record<string, number>>;
  /** The `<root_account>` row of the credential report. */
  root: Collected<CredentialReportEntry>;
  /** ListVirtualMFADevices; a device whose user ARN ends in `:root` means the root MFA is virtual. */
  virtualMfaDevices: Collected<{ serialNumber: string; userArn?: string }[]>;
  /**
   * Who has the AWS managed policy AWSSupportAccess attached (from the same GetAccountAuthorizationDetails answer
   * as the identities: roles, users and groups carry their attached managed policies). Undefined in data written
   * before it was collected.
   */
  supportAccess?: Collected<PolicyAttachments>;
}

/** The users, groups and roles one managed policy is attached to, by name. */
export interface PolicyAttachments {
  users: string[];
  groups: string[];
  roles: string[];
}
