/**
 * One row of the IAM credential report (GenerateCredentialReport / GetCredentialReport), parsed. The report
 * writes `N/A` when a credential does not exist or was never used, `no_information` when IAM has no data (usage
 * before October 2014), `not_supported` for the root's password fields; each becomes its own state so that a
 * check never mistakes "unknown" for "never".
 */
export type ReportTimestamp =
  | { state: 'date'; at: string }
  | { state: 'not_applicable' }
  | { state: 'no_information' }
  | { state: 'not_supported' };

export interface ReportAccessKey {
  /** 1 or 2: the report's two access key slots. */
  slot: 1 | 2;
  active: boolean;
  lastRotated: ReportTimestamp;
  lastUsed: ReportTimestamp;
  lastUsedRegion?: string;
  lastUsedService?: string;
}

export interface CredentialReportEntry {
  /** The user name; `<root_account>` for the account's root user. */
  user: string;
  arn: string;
  userCreationTime?: string;
  /** `not_supported` for the root user, whose password the report cannot describe. */
  passwordEnabled: boolean | 'not_supported';
  passwordLastUsed: ReportTimestamp;
  passwordLastChanged: ReportTimestamp;
  passwordNextRotation: ReportTimestamp;
  mfaActive: boolean;
  accessKeys: [ReportAccessKey, ReportAccessKey];
  cert1Active: boolean;
  cert2Active: boolean;
}

/** The report's name for the root user. */
export const ROOT_ACCOUNT_USER = '<root_account>';
