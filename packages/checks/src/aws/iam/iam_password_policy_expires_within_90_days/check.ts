import { defineCheck } from '../../../engine/define-check';
import { judgePasswordPolicy, PASSWORD_POLICY_CLI_PREFIX, STRONG_PASSWORD_POLICY_TERRAFORM } from '../lib/password-policy';
import { IAM_REFERENCES } from '../lib/references';

export const check = defineCheck({
  metadata: {
    id: 'iam_password_policy_expires_within_90_days',
    shortId: 'IAM-08',
    title: 'Password policy expires passwords within 90 days',
    severity: 'MEDIUM',
    service: 'iam',
    resourceKind: 'aws.iam.account',
    description:
      'Checks that the account password policy expires passwords (ExpirePasswords) with a MaxPasswordAge of at most maxPasswordAgeDays (90). No password policy at all fails.',
    risk: 'A password that never expires stays valid for as long as it is exposed: in a breach corpus, a shared document or a stolen browser profile.',
    remediation: {
      text: 'Set a maximum password age of 90 days or less (or replace IAM user passwords with IAM Identity Center and its own policy).',
      cli: `${PASSWORD_POLICY_CLI_PREFIX} --max-password-age 90`,
      terraform: STRONG_PASSWORD_POLICY_TERRAFORM,
    },
    references: [IAM_REFERENCES.passwordPolicy],
    compliance: {},
    settings: { maxPasswordAgeDays: 90 },
  },
  evaluate(account, { settings }) {
    return judgePasswordPolicy(account, (p) => {
      const age = p.expirePasswords ? p.maxPasswordAge : undefined;
      return {
        compliant: age !== undefined && age > 0 && age <= settings.maxPasswordAgeDays,
        detail: age === undefined ? 'passwords never expire' : `passwords expire after ${age} days (allowed: ${settings.maxPasswordAgeDays})`,
      };
    });
  },
});
