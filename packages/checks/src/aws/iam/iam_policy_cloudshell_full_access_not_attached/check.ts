import { defineCheck } from '../../../engine/define-check';
import { fail, pass, unknownMissingField } from '../../../engine/result';
import { IAM_REFERENCES } from '../lib/references';

const CLOUDSHELL_FULL_ACCESS = /^arn:aws[a-z-]*:iam::aws:policy\/AWSCloudShellFullAccess$/;

export const check = defineCheck({
  metadata: {
    id: 'iam_policy_cloudshell_full_access_not_attached',
    shortId: 'IAM-23',
    title: 'AWSCloudShellFullAccess is attached to no user, group or role',
    severity: 'MEDIUM',
    service: 'iam',
    resourceKind: 'aws.iam.policy',
    description:
      'Checks the AWS-managed policy AWSCloudShellFullAccess: it passes when attached to no entity (ListEntitiesForPolicy). Every other policy is outside this check and yields no verdict.',
    risk: 'CloudShell full access includes file upload and download and unrestricted outbound network access from inside AWS: an easy path to move data out of the account.',
    remediation: {
      text: 'Detach AWSCloudShellFullAccess and, where CloudShell is needed, grant a custom policy without cloudshell:PutCredentials / file transfer actions.',
      cli: 'aws iam list-entities-for-policy --policy-arn arn:aws:iam::aws:policy/AWSCloudShellFullAccess\naws iam detach-user-policy --user-name <user> --policy-arn arn:aws:iam::aws:policy/AWSCloudShellFullAccess',
      terraform: '# Remove aws_iam_*_policy_attachment resources with policy_arn = "arn:aws:iam::aws:policy/AWSCloudShellFullAccess".',
    },
    references: ['https://docs.aws.amazon.com/cloudshell/latest/userguide/sec-auth-with-identities.html', IAM_REFERENCES.policies],
    compliance: { 'cis-aws-3.0.0': ['1.22'], 'cis-aws-5.0.0': ['1.21'] },
    settings: {},
  },
  evaluate(policy) {
    // One verdict for the one policy this row is about; others are not applicable, so no row at all.
    if (!CLOUDSHELL_FULL_ACCESS.test(policy.arn)) return [];
    if (policy.attachedTo === undefined) {
      return unknownMissingField(policy.arn, 'who AWSCloudShellFullAccess is attached to', 'GetAccountAuthorizationDetails', 'attachedTo');
    }
    const { users, groups, roles } = policy.attachedTo;
    const entities = [...users.map((u) => `user ${u}`), ...groups.map((g) => `group ${g}`), ...roles.map((r) => `role ${r}`)];
    if (entities.length === 0 && policy.attachmentCount === 0) return pass(policy.arn, 'AWSCloudShellFullAccess is attached to nothing');
    const who = entities.length > 0 ? entities.join(', ') : `${policy.attachmentCount} entities`;
    return fail(policy.arn, `AWSCloudShellFullAccess is attached to ${who}`, { attachedTo: policy.attachedTo });
  },
});
