import { defineCheck } from '../../../engine/define-check';
import { fail, pass } from '../../../engine/result';
import { accountFact, unknownFact } from '../lib/account-facts';
import { IAM_REFERENCES } from '../lib/references';

export const check = defineCheck({
  metadata: {
    id: 'iam_root_mfa_enabled',
    shortId: 'IAM-01',
    title: 'Root user has MFA enabled',
    severity: 'CRITICAL',
    service: 'iam',
    resourceKind: 'aws.iam.account',
    description:
      'Checks that the account root user has an MFA device: GetAccountSummary AccountMFAEnabled=1, or, when the summary cannot be read, mfa_active=true on the <root_account> row of the credential report.',
    risk:
      'The root user can do everything, including closing the account and removing every other control; with only a password, a phished or reused password is full and unrecoverable takeover.',
    remediation: {
      text: 'Sign in as root, open Security credentials and assign an MFA device (preferably a hardware key or passkey). Root MFA cannot be enabled through the API or Terraform.',
      cli: '# Root MFA is set in the console only; verify afterwards with:\naws iam get-account-summary --query "SummaryMap.AccountMFAEnabled"',
      terraform: '# Not manageable with Terraform: the root user\'s MFA is set in the console.',
    },
    references: [IAM_REFERENCES.rootMfa, IAM_REFERENCES.root],
    compliance: { 'cis-aws-3.0.0': ['1.5'], 'cis-aws-5.0.0': ['1.4'] },
    settings: {},
  },
  evaluate(account) {
    const fact = accountFact(account, 'AccountMFAEnabled', (root) => root.mfaActive, 'whether the root user has MFA');
    if (!fact.known) return unknownFact(account.arn, `whether the root user of ${account.accountId} has MFA`, fact.missing);
    const evidence = { source: fact.source };
    return fact.value
      ? pass(account.arn, `The root user of ${account.accountId} has MFA (${fact.source})`, evidence)
      : fail(account.arn, `The root user of ${account.accountId} has no MFA (${fact.source})`, evidence);
  },
});
