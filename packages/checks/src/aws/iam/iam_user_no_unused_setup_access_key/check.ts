import { defineCheck } from '../../../engine/define-check';
import { fail, pass } from '../../../engine/result';
import { activeKeys, IAM_KEY_CLI } from '../lib/access-keys';
import { IAM_REFERENCES } from '../lib/references';
import { credentialsOrUnknown, isVerdict } from '../lib/user-credentials';

export const check = defineCheck({
  metadata: {
    id: 'iam_user_no_unused_setup_access_key',
    shortId: 'IAM-10',
    title: 'Console user has no access key left unused since setup',
    severity: 'MEDIUM',
    service: 'iam',
    resourceKind: 'aws.iam.user',
    description:
      'Checks on the credential report that no user with a console password (password_enabled true) has an active access key whose access_key_N_last_used_date is N/A: a key created with the user "just in case" and never used.',
    risk: 'Keys handed out at user creation are rarely needed, never rotated and easily forgotten in a download folder; each one is a long-lived credential nobody watches.',
    remediation: {
      text: 'Delete the unused access keys of console users. Create keys only when a user shows a need for programmatic access, and prefer IAM Identity Center or roles to long-lived keys.',
      cli: `${IAM_KEY_CLI.list}\n${IAM_KEY_CLI.delete}`,
      terraform: '# Remove the aws_iam_access_key resources created alongside aws_iam_user_login_profile for console users.',
    },
    references: [IAM_REFERENCES.accessKeys, IAM_REFERENCES.credentialReport],
    compliance: { 'cis-aws-3.0.0': ['1.11'], 'cis-aws-5.0.0': ['1.10'] },
    settings: {},
  },
  evaluate(user) {
    const row = credentialsOrUnknown(user, `whether ${user.userName} has access keys unused since setup`);
    if (isVerdict(row)) return row;
    if (row.passwordEnabled !== true) return pass(user.arn, `${user.userName} has no console password`);
    // N/A means never used; no_information (pre-2014 usage) is not "never", so it does not count here.
    const unused = activeKeys(row).filter((key) => key.lastUsed.state === 'not_applicable');
    if (unused.length === 0) return pass(user.arn, `${user.userName} has no active access key that was never used`);
    return fail(user.arn, `${user.userName} has a console password and never-used active access key(s) ${unused.map((k) => k.slot).join(', ')}`, {
      slots: unused.map((k) => k.slot),
    });
  },
});
