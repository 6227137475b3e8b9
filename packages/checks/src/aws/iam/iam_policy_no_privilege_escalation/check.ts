import { defineCheck } from '../../../engine/define-check';
import { fail, pass, unknownBecause } from '../../../engine/result';
import { DEFAULT_ESCALATION_COMBOS, escalationPaths, parseCombos } from '../lib/privilege-escalation';
import { IAM_REFERENCES } from '../lib/references';

export const check = defineCheck({
  metadata: {
    id: 'iam_policy_no_privilege_escalation',
    shortId: 'IAM-18',
    title: 'Customer-managed IAM policy allows no privilege-escalation action combination',
    severity: 'HIGH',
    service: 'iam',
    resourceKind: 'aws.iam.policy',
    description:
      'Checks the default version of customer-managed policies for Allow statements that, together, grant one of the escalationCombos (e.g. iam:CreatePolicyVersion, iam:PassRole + ec2:RunInstances, iam:AttachUserPolicy). Wildcards ("iam:*", "*") and NotAction count; an unconditional Deny on "*" in the same policy removes an action. AWS-managed policies are skipped unless includeAwsManaged.',
    risk: 'A principal that can rewrite its own policies, create credentials for others or pass a powerful role to compute it controls can make itself administrator, whatever its policy seems to allow.',
    remediation: {
      text: 'Remove the escalation actions from the policy or scope them: restrict iam:PassRole to specific role ARNs with iam:PassedToService, and keep IAM write actions to administrator roles guarded by MFA and permission boundaries.',
      cli: 'aws iam get-policy-version --policy-arn <policy-arn> --version-id <version>\naws iam create-policy-version --policy-arn <policy-arn> --policy-document file://scoped.json --set-as-default',
      terraform: [
        'data "aws_iam_policy_document" "scoped" {',
        '  statement {',
        '    actions   = ["iam:PassRole"]',
        '    resources = [aws_iam_role.worker.arn]',
        '    condition {',
        '      test     = "StringEquals"',
        '      variable = "iam:PassedToService"',
        '      values   = ["ec2.amazonaws.com"]',
        '    }',
        '  }',
        '}',
      ].join('\n'),
    },
    references: [IAM_REFERENCES.policies, 'https://rhinosecuritylabs.com/aws/aws-privilege-escalation-methods-mitigation/'],
    compliance: {},
    settings: {
      /** Action sets ("a+b") that let a principal raise its own privileges. */
      escalationCombos: DEFAULT_ESCALATION_COMBOS,
      /** AWS-managed policies are AWS's to fix and often intentionally powerful (IAMFullAccess). */
      includeAwsManaged: false,
      /** Judge policies attached to nothing as well. */
      includeUnattached: false,
    },
  },
  evaluate(policy, { settings }) {
    const label = `Policy ${policy.policyName}`;
    if (policy.awsManaged && !settings.includeAwsManaged) return pass(policy.arn, `${label} is AWS-managed`);
    if (policy.attachmentCount === 0 && !settings.includeUnattached) return pass(policy.arn, `${label} is attached to no user, group or role`);
    const document = policy.document;
    if (document.state === 'error') return unknownBecause(policy.arn, `whether ${label} allows privilege escalation`, document);
    if (document.state === 'absent') return pass(policy.arn, `${label} has no document, so it grants nothing`);
    const paths = escalationPaths(document.value, parseCombos(settings.escalationCombos));
    if (paths.length === 0) return pass(policy.arn, `${label} allows no known privilege-escalation combination`);
    return fail(policy.arn, `${label} allows privilege escalation through ${paths.map((p) => p.join(' + ')).join('; ')}`, {
      paths,
      attachedTo: policy.attachedTo,
    });
  },
});
