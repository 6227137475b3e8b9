import { defineCheck } from '../../../engine/define-check';
import { fail, pass, unknownMissingField } from '../../../engine/result';
import { IAM_REFERENCES } from '../lib/references';

export const check = defineCheck({
  metadata: {
    id: 'iam_user_permissions_only_via_groups',
    shortId: 'IAM-14',
    title: 'IAM user receives permissions only through groups',
    severity: 'LOW',
    service: 'iam',
    resourceKind: 'aws.iam.user',
    description:
      'Checks that a user has no managed policy attached directly (AttachedManagedPolicies) and no inline policy (UserPolicyList) in GetAccountAuthorizationDetails, so that every permission comes from a group.',
    risk: 'Permissions granted user by user drift apart and survive job changes unnoticed; groups keep access reviewable and revocable in one place.',
    remediation: {
      text: 'Add the user to a group that carries the permissions, then detach the managed policies and delete the inline policies from the user.',
      cli: 'aws iam add-user-to-group --group-name <group> --user-name <user>\naws iam detach-user-policy --user-name <user> --policy-arn <policy-arn>\naws iam delete-user-policy --user-name <user> --policy-name <policy-name>',
      terraform: 'resource "aws_iam_group_policy_attachment" "team" {\n  group      = aws_iam_group.team.name\n  policy_arn = aws_iam_policy.team.arn\n}\n# and drop aws_iam_user_policy / aws_iam_user_policy_attachment',
    },
    references: [IAM_REFERENCES.bestPractices, 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_groups.html'],
    compliance: { 'cis-aws-3.0.0': ['1.15'], 'cis-aws-5.0.0': ['1.14'] },
    settings: {},
  },
  evaluate(user) {
    const question = `whether ${user.userName} has policies of its own`;
    // Both lists come with the user listing; a missing one is an incomplete answer, never "no policy".
    if (user.attachedPolicies === undefined) return unknownMissingField(user.arn, question, 'GetAccountAuthorizationDetails', 'attachedPolicies');
    if (user.inlinePolicies === undefined) return unknownMissingField(user.arn, question, 'GetAccountAuthorizationDetails', 'inlinePolicies');
    const attached = user.attachedPolicies.map((p) => p.policyName);
    // An inline policy whose document did not parse is still an inline policy: its name is enough here.
    const inline = [...user.inlinePolicies, ...(user.unreadableInlinePolicies ?? [])].map((p) => p.policyName);
    if (attached.length === 0 && inline.length === 0) return pass(user.arn, `${user.userName} has no policy of its own`);
    const parts = [attached.length > 0 ? `attached ${attached.join(', ')}` : '', inline.length > 0 ? `inline ${inline.join(', ')}` : ''].filter(Boolean);
    return fail(user.arn, `${user.userName} has policies of its own: ${parts.join('; ')}`, { attached, inline });
  },
});
