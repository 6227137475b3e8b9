import type { IamAccount, PasswordPolicy } from '@cspmexa/resources';
import { fail, pass, unknownBecause, type Evaluation } from '../../../engine/result';

/** What one password-policy check concluded about a policy that exists. */
export interface PolicyJudgement {
  compliant: boolean;
  /** States the value found, e.g. "minimum length is 8". */
  detail: string;
}

/**
 * The common shape of the password-policy checks: unreadable -> UNKNOWN naming the API; no policy (NoSuchEntity)
 * -> FAIL, because IAM's built-in default (8 characters, no reuse or expiry rule) meets none of them.
 */
export function judgePasswordPolicy(account: IamAccount, judge: (policy: PasswordPolicy) => PolicyJudgement): Evaluation {
  const policy = account.passwordPolicy;
  if (policy.state === 'error') return unknownBecause(account.arn, `the password policy of ${account.accountId}`, policy);
  if (policy.state === 'absent') {
    return fail(account.arn, `Account ${account.accountId} has no password policy, so IAM's default (8 characters, no other rule) applies`, {
      passwordPolicy: null,
    });
  }
  const { compliant, detail } = judge(policy.value);
  const message = `Password policy of ${account.accountId}: ${detail}`;
  return compliant ? pass(account.arn, message) : fail(account.arn, message);
}

export const PASSWORD_POLICY_CLI_PREFIX = 'aws iam update-account-password-policy';

/** Terraform for a policy meeting every CIS password rule; each check points at its own line. */
export const STRONG_PASSWORD_POLICY_TERRAFORM = [
  'resource "aws_iam_account_password_policy" "strict" {',
  '  minimum_password_length        = 14',
  '  require_uppercase_characters   = true',
  '  require_lowercase_characters   = true',
  '  require_numbers                = true',
  '  require_symbols                = true',
  '  allow_users_to_change_password = true',
  '  password_reuse_prevention      = 24',
  '  max_password_age               = 90',
  '}',
].join('\n');
