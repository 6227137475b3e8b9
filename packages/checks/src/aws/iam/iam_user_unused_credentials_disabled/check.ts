import { defineCheck } from '../../../engine/define-check';
import { fail, pass } from '../../../engine/result';
import { IAM_KEY_CLI } from '../lib/access-keys';
import { credentialIdleness } from '../lib/credential-ages';
import { IAM_REFERENCES } from '../lib/references';
import { credentialsOrUnknown, isVerdict } from '../lib/user-credentials';

export const check = defineCheck({
  metadata: {
    id: 'iam_user_unused_credentials_disabled',
    shortId: 'IAM-11',
    title: 'IAM user has no enabled credential unused for 45 days or more',
    severity: 'MEDIUM',
    service: 'iam',
    resourceKind: 'aws.iam.user',
    description:
      'Checks on the credential report that the console password (when enabled) and each active access key were used within unusedDays days (45). A credential never used counts from when it was issued (password_last_changed, access_key_N_last_rotated); "no_information" (use before October 2014) counts as unused.',
    risk: 'Credentials nobody uses are credentials nobody would miss or notice being used: a leaked, forgotten password or key gives quiet, lasting access.',
    remediation: {
      text: 'Deactivate access keys and remove console passwords that have not been used for 45 days; delete them once nobody objects.',
      cli: `${IAM_KEY_CLI.deactivate}\naws iam delete-login-profile --user-name <user>`,
      terraform: '# Remove the unused aws_iam_access_key / aws_iam_user_login_profile resources, or set status = "Inactive" on the key.',
    },
    references: [IAM_REFERENCES.credentialReport, IAM_REFERENCES.accessKeys],
    compliance: { 'cis-aws-3.0.0': ['1.12'], 'cis-aws-5.0.0': ['1.11'] },
    settings: {
      /** A credential idle for this many days or more fails. */
      unusedDays: 45,
    },
  },
  evaluate(user, { settings, now }) {
    const row = credentialsOrUnknown(user, `whether ${user.userName} has unused credentials`);
    if (isVerdict(row)) return row;
    const credentials = credentialIdleness(row, now);
    const idle = credentials.filter((c) => c.idleDays !== undefined && c.idleDays >= settings.unusedDays);
    if (idle.length > 0) {
      const what = idle.map((c) => (Number.isFinite(c.idleDays) ? `${c.credential} (${c.basis} ${c.idleDays} days ago)` : `${c.credential} (${c.basis})`));
      return fail(user.arn, `${user.userName} has credentials unused for ${settings.unusedDays}+ days: ${what.join(', ')}`, {
        idle: idle.map((c) => ({ credential: c.credential, basis: c.basis, idleDays: Number.isFinite(c.idleDays) ? c.idleDays : null })),
      });
    }
    const undated = credentials.filter((c) => c.idleDays === undefined);
    if (undated.length > 0) {
      return { status: 'UNKNOWN', resourceArn: user.arn, message: `Cannot determine how long ${user.userName}'s ${undated.map((c) => c.credential).join(', ')} went unused: the credential report gives no date` };
    }
    if (credentials.length === 0) return pass(user.arn, `${user.userName} has no enabled password or active access key`);
    return pass(user.arn, `Every enabled credential of ${user.userName} was used within ${settings.unusedDays} days`);
  },
});
