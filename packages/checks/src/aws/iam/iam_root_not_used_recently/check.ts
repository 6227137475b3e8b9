import { defineCheck } from '../../../engine/define-check';
import { fail, pass, unknownBecause } from '../../../engine/result';
import { reportAgeDays } from '../lib/reference-time';
import { IAM_REFERENCES } from '../lib/references';

export const check = defineCheck({
  metadata: {
    id: 'iam_root_not_used_recently',
    shortId: 'IAM-04',
    title: 'Root user has not been used recently',
    severity: 'HIGH',
    service: 'iam',
    resourceKind: 'aws.iam.account',
    description:
      'Checks on the <root_account> row of the credential report that the root password (password_last_used) and access keys (access_key_N_last_used_date) were not used within the last recentUseDays days (30). "N/A" (never used) and "no_information" (before IAM tracked it, October 2014) are not recent use.',
    risk:
      'Daily use of the root user spreads its credentials across browsers and scripts and defeats every permission boundary; recent root activity is either bad practice or an attacker.',
    remediation: {
      text: 'Find out who used root and why (CloudTrail events with userIdentity.type=Root). Move that work to IAM roles or IAM Identity Center users, and keep root for the few tasks that require it.',
      cli: 'aws iam generate-credential-report && aws iam get-credential-report --query Content --output text | base64 --decode | grep "<root_account>"',
      terraform: '# Not a configuration: stop using the root user; monitor it with a CloudTrail metric filter and alarm (CIS 4.3).',
    },
    references: [IAM_REFERENCES.root, IAM_REFERENCES.credentialReport, 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_root-user.html#root-user-tasks'],
    compliance: { 'cis-aws-3.0.0': ['1.7'], 'cis-aws-5.0.0': ['1.6'] },
    settings: {
      /** Use of the root user within this many days fails. */
      recentUseDays: 30,
    },
  },
  evaluate(account, { settings, now }) {
    const root = account.root;
    if (root.state === 'error') return unknownBecause(account.arn, 'when the root user was last used', root);
    if (root.state === 'absent') {
      return { status: 'UNKNOWN', resourceArn: account.arn, message: 'Cannot determine when the root user was last used: the credential report has no <root_account> row' };
    }
    const uses = [
      { credential: 'password', days: reportAgeDays(root.value.passwordLastUsed, now) },
      ...root.value.accessKeys.map((k) => ({ credential: `access key ${k.slot}`, days: reportAgeDays(k.lastUsed, now) })),
    ].filter((u): u is { credential: string; days: number } => u.days !== undefined);
    const recent = uses.filter((u) => u.days < settings.recentUseDays);
    if (recent.length > 0) {
      const what = recent.map((u) => `${u.credential} ${u.days} day(s) ago`).join(', ');
      return fail(account.arn, `The root user of ${account.accountId} was used within ${settings.recentUseDays} days: ${what}`, { recentUses: recent });
    }
    const last = uses.length === 0 ? 'never (or before IAM tracked it)' : `${Math.min(...uses.map((u) => u.days))} days ago`;
    return pass(account.arn, `The root user of ${account.accountId} was last used ${last}`, { uses });
  },
});
