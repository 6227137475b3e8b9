import { defineCheck } from '../../../engine/define-check';
import { judgePasswordPolicy, PASSWORD_POLICY_CLI_PREFIX, STRONG_PASSWORD_POLICY_TERRAFORM } from '../lib/password-policy';
import { IAM_REFERENCES } from '../lib/references';

export const check = defineCheck({
  metadata: {
    id: 'iam_password_policy_reuse_prevention_24',
    shortId: 'IAM-06',
    title: 'Password policy prevents reuse of the last 24 passwords',
    severity: 'MEDIUM',
    service: 'iam',
    resourceKind: 'aws.iam.account',
    description: 'Checks that the account password policy sets PasswordReusePrevention to at least reusePrevention (24, the IAM maximum). No password policy at all fails.',
    risk: 'Without reuse prevention users cycle back to a password that was already exposed, undoing every forced change.',
    remediation: {
      text: 'Set password reuse prevention to 24 in the account password policy.',
      cli: `${PASSWORD_POLICY_CLI_PREFIX} --password-reuse-prevention 24`,
      terraform: STRONG_PASSWORD_POLICY_TERRAFORM,
    },
    references: [IAM_REFERENCES.passwordPolicy],
    compliance: { 'cis-aws-3.0.0': ['1.9'], 'cis-aws-5.0.0': ['1.8'] },
    settings: { reusePrevention: 24 },
  },
  evaluate(account, { settings }) {
    return judgePasswordPolicy(account, (p) => {
      const remembered = p.passwordReusePrevention;
      return {
        compliant: remembered !== undefined && remembered >= settings.reusePrevention,
        detail: `remembers ${remembered ?? 'no'} previous password(s) (required: ${settings.reusePrevention})`,
      };
    });
  },
});
