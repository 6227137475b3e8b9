import { defineCheck } from '../../../engine/define-check';
import { fail, pass } from '../../../engine/result';
import { activeKeys, IAM_KEY_CLI } from '../lib/access-keys';
import { reportAgeDays } from '../lib/reference-time';
import { IAM_REFERENCES } from '../lib/references';
import { credentialsOrUnknown, isVerdict } from '../lib/user-credentials';

export const check = defineCheck({
  metadata: {
    id: 'iam_user_access_keys_rotated',
    shortId: 'IAM-13',
    title: 'Active access keys of an IAM user were rotated within 90 days',
    severity: 'MEDIUM',
    service: 'iam',
    resourceKind: 'aws.iam.user',
    description:
      'Checks on the credential report that every active access key of a user has an access_key_N_last_rotated date at most maxKeyAgeDays whole days (90) before the run, as CIS words it ("every 90 days or less"). Inactive keys are not judged.',
    risk: 'The older a key, the more copies of it exist in laptops, CI variables and logs; rotation bounds how long a leaked key stays useful.',
    remediation: {
      text: 'Create a second key, move every client to it, deactivate and then delete the old key. Prefer roles or IAM Identity Center to long-lived keys.',
      cli: `aws iam create-access-key --user-name <user>\n${IAM_KEY_CLI.deactivate}\n${IAM_KEY_CLI.delete}`,
      terraform: '# Rotate by replacing the key: terraform apply -replace=aws_iam_access_key.<name>',
    },
    references: [IAM_REFERENCES.accessKeys, 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html#rotating_access_keys_console'],
    compliance: { 'cis-aws-3.0.0': ['1.14'], 'cis-aws-5.0.0': ['1.13'] },
    settings: {
      /** An active key rotated more than this many whole days ago fails (CIS: rotated every 90 days or less). */
      maxKeyAgeDays: 90,
    },
  },
  evaluate(user, { settings, now }) {
    const row = credentialsOrUnknown(user, `when ${user.userName}'s access keys were rotated`);
    if (isVerdict(row)) return row;
    const keys = activeKeys(row).map((key) => ({ slot: key.slot, ageDays: reportAgeDays(key.lastRotated, now) }));
    const old = keys.filter((k) => k.ageDays !== undefined && k.ageDays > settings.maxKeyAgeDays);
    if (old.length > 0) {
      const what = old.map((k) => `key ${k.slot} is ${k.ageDays} days old`).join(', ');
      return fail(user.arn, `${user.userName} has active access keys older than ${settings.maxKeyAgeDays} days: ${what}`, { keys: old });
    }
    const undated = keys.filter((k) => k.ageDays === undefined);
    if (undated.length > 0) {
      return { status: 'UNKNOWN', resourceArn: user.arn, message: `Cannot determine the age of ${user.userName}'s active access key ${undated.map((k) => k.slot).join(', ')}: the credential report gives no rotation date` };
    }
    if (keys.length === 0) return pass(user.arn, `${user.userName} has no active access key`);
    return pass(user.arn, `${user.userName}'s active access keys were rotated within ${settings.maxKeyAgeDays} days`, { keys });
  },
});
