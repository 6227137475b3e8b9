import { defineCheck } from '../../../engine/define-check';
import { fail, pass } from '../../../engine/result';
import { activeKeys, IAM_KEY_CLI } from '../lib/access-keys';
import { IAM_REFERENCES } from '../lib/references';
import { credentialsOrUnknown, isVerdict } from '../lib/user-credentials';

export const check = defineCheck({
  metadata: {
    id: 'iam_user_at_most_one_active_access_key',
    shortId: 'IAM-12',
    title: 'IAM user has at most one active access key',
    severity: 'MEDIUM',
    service: 'iam',
    resourceKind: 'aws.iam.user',
    description: 'Checks on the credential report that access_key_1_active and access_key_2_active are not both true for a user.',
    risk: 'Two active keys usually mean a rotation that was never finished: the old key stays valid, stored somewhere nobody remembers, doubling what can leak.',
    remediation: {
      text: 'Finish the rotation: move every client to the newer key, deactivate the older one, watch for failures, then delete it.',
      cli: `${IAM_KEY_CLI.list}\n${IAM_KEY_CLI.deactivate}`,
      terraform: '# Keep a single aws_iam_access_key per user; remove the other resource once clients have moved.',
    },
    references: [IAM_REFERENCES.accessKeys, 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html#rotating_access_keys_console'],
    compliance: { 'cis-aws-3.0.0': ['1.13'], 'cis-aws-5.0.0': ['1.12'] },
    settings: {},
  },
  evaluate(user) {
    const row = credentialsOrUnknown(user, `how many active access keys ${user.userName} has`);
    if (isVerdict(row)) return row;
    const active = activeKeys(row).length;
    return active > 1
      ? fail(user.arn, `${user.userName} has ${active} active access keys`, { activeKeys: active })
      : pass(user.arn, `${user.userName} has ${active} active access key(s)`, { activeKeys: active });
  },
});
