import { defineCheck } from '../../../engine/define-check';
import { judgePasswordPolicy, PASSWORD_POLICY_CLI_PREFIX, STRONG_PASSWORD_POLICY_TERRAFORM } from '../lib/password-policy';
import { IAM_REFERENCES } from '../lib/references';

export const check = defineCheck({
  metadata: {
    id: 'iam_password_policy_minimum_length_14',
    shortId: 'IAM-05',
    title: 'Password policy requires at least 14 characters',
    severity: 'MEDIUM',
    service: 'iam',
    resourceKind: 'aws.iam.account',
    description: 'Checks that the account password policy sets MinimumPasswordLength to at least minimumLength (14). No password policy at all fails.',
    risk: 'Short passwords fall to offline cracking and online guessing; length is the single biggest factor in password strength.',
    remediation: {
      text: 'Set a minimum password length of 14 or more in the account password policy.',
      cli: `${PASSWORD_POLICY_CLI_PREFIX} --minimum-password-length 14`,
      terraform: STRONG_PASSWORD_POLICY_TERRAFORM,
    },
    references: [IAM_REFERENCES.passwordPolicy],
    compliance: { 'cis-aws-3.0.0': ['1.8'], 'cis-aws-5.0.0': ['1.7'] },
    settings: { minimumLength: 14 },
  },
  evaluate(account, { settings }) {
    return judgePasswordPolicy(account, (p) => {
      const length = p.minimumPasswordLength;
      return {
        compliant: length !== undefined && length >= settings.minimumLength,
        detail: `minimum length is ${length ?? 'not set'} (required: ${settings.minimumLength})`,
      };
    });
  },
});
