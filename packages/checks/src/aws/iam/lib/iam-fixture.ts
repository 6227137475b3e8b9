import {
  absent,
  ok,
  ROOT_ACCOUNT_USER,
  type CredentialReportEntry,
  type IamAccount,
  type IamUser,
  type PasswordPolicy,
  type ReportAccessKey,
  type ReportTimestamp,
} from '@cspmexa/resources';

export { accessDenied } from '../../s3/lib/bucket-fixture';

export const ACCOUNT_ID = '111122223333';
const NOT_APPLICABLE: ReportTimestamp = { state: 'not_applicable' };

/** An ISO timestamp `days` before now: fixtures stay valid whatever day the suite runs. */
export function daysAgo(days: number, now = Date.now()): string {
  return new Date(now - days * 86_400_000).toISOString();
}

export const dated = (days: number): ReportTimestamp => ({ state: 'date', at: daysAgo(days) });

/** An access key slot; inactive and never used unless overridden. */
export function accessKey(slot: 1 | 2, overrides: Partial<ReportAccessKey> = {}): ReportAccessKey {
  return { slot, active: false, lastRotated: NOT_APPLICABLE, lastUsed: NOT_APPLICABLE, ...overrides };
}

/** A credential report row for a console user with MFA, a recent login and no access keys. */
export function reportEntry(overrides: Partial<CredentialReportEntry> = {}): CredentialReportEntry {
  const user = overrides.user ?? 'alice';
  return {
    user,
    arn: `arn:aws:iam::${ACCOUNT_ID}:user/${user}`,
    userCreationTime: daysAgo(400),
    passwordEnabled: true,
    passwordLastUsed: dated(3),
    passwordLastChanged: dated(30),
    passwordNextRotation: NOT_APPLICABLE,
    mfaActive: true,
    accessKeys: [accessKey(1), accessKey(2)],
    cert1Active: false,
    cert2Active: false,
    ...overrides,
  };
}

/** The `<root_account>` row of a well-kept account: MFA on, no keys, not used for months. */
export function rootEntry(overrides: Partial<CredentialReportEntry> = {}): CredentialReportEntry {
  return reportEntry({
    user: ROOT_ACCOUNT_USER,
    arn: `arn:aws:iam::${ACCOUNT_ID}:root`,
    passwordEnabled: 'not_supported',
    passwordLastUsed: dated(200),
    passwordLastChanged: { state: 'not_supported' },
    passwordNextRotation: { state: 'not_supported' },
    ...overrides,
  });
}

export const STRONG_PASSWORD_POLICY: PasswordPolicy = {
  minimumPasswordLength: 14,
  requireSymbols: true,
  requireNumbers: true,
  requireUppercaseCharacters: true,
  requireLowercaseCharacters: true,
  allowUsersToChangePassword: true,
  expirePasswords: true,
  maxPasswordAge: 90,
  passwordReusePrevention: 24,
};

/** The account settings of a CIS-compliant account; tests override the part they are about. */
export function iamAccount(overrides: Partial<IamAccount> = {}): IamAccount {
  return {
    kind: 'aws.iam.account',
    arn: `arn:aws:iam::${ACCOUNT_ID}:root`,
    name: 'IAM account settings',
    accountId: ACCOUNT_ID,
    region: 'global',
    passwordPolicy: ok(STRONG_PASSWORD_POLICY),
    summary: ok({ AccountMFAEnabled: 1, AccountAccessKeysPresent: 0, Users: 3 }),
    root: ok(rootEntry()),
    virtualMfaDevices: ok([]),
    ...overrides,
  };
}

/** A user whose report row is `reportEntry(credentials)`; `absent` credentials via overrides. */
export function iamUser(credentials: Partial<CredentialReportEntry> = {}, overrides: Partial<IamUser> = {}): IamUser {
  const entry = reportEntry(credentials);
  return {
    kind: 'aws.iam.user',
    arn: entry.arn,
    name: entry.user,
    accountId: ACCOUNT_ID,
    region: 'global',
    userName: entry.user,
    groups: ['developers'],
    attachedPolicies: [],
    inlinePolicies: [],
    credentials: ok(entry),
    ...overrides,
  };
}

export { absent, ok };
