import { defineCheck } from '../../../engine/define-check';
import { fail, pass } from '../../../engine/result';
import { accountFact, unknownFact } from '../lib/account-facts';
import { IAM_REFERENCES } from '../lib/references';

export const check = defineCheck({
  metadata: {
    id: 'iam_root_no_access_keys',
    shortId: 'IAM-03',
    title: 'Root user has no access keys',
    severity: 'CRITICAL',
    service: 'iam',
    resourceKind: 'aws.iam.account',
    description:
      'Checks that the root user has no access key: GetAccountSummary AccountAccessKeysPresent=0, or, when the summary cannot be read, neither access_key_1_active nor access_key_2_active on the <root_account> row of the credential report. Inactive keys count too in the summary: they can be reactivated.',
    risk:
      'A root access key is a permanent, unrestrictable credential for everything in the account; leaked in code, a CI log or a laptop backup, it is complete takeover and cannot be limited by any policy.',
    remediation: {
      text: 'Sign in as root, open Security credentials and delete every access key. Use IAM roles or IAM Identity Center for programmatic access.',
      cli: '# Root keys are deleted in the console as root; verify with:\naws iam get-account-summary --query "SummaryMap.AccountAccessKeysPresent"',
      terraform: '# Not manageable with Terraform: the root user\'s keys are deleted in the console.',
    },
    references: [IAM_REFERENCES.root, 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_root-user_manage_delete-key.html'],
    compliance: { 'cis-aws-3.0.0': ['1.4'], 'cis-aws-5.0.0': ['1.3'] },
    settings: {},
  },
  evaluate(account) {
    const fact = accountFact(account, 'AccountAccessKeysPresent', (root) => root.accessKeys.some((k) => k.active), 'whether the root user has access keys');
    if (!fact.known) return unknownFact(account.arn, `whether the root user of ${account.accountId} has access keys`, fact.missing);
    const evidence = { source: fact.source };
    return fact.value
      ? fail(account.arn, `The root user of ${account.accountId} has access keys (${fact.source})`, evidence)
      : pass(account.arn, `The root user of ${account.accountId} has no access keys (${fact.source})`, evidence);
  },
});
