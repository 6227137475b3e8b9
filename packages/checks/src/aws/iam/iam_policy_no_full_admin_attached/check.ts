import { defineCheck } from '../../../engine/define-check';
import { fail, pass, unknownBecause } from '../../../engine/result';
import { fullAdminStatements } from '../../iam-policy/full-admin';
import { IAM_REFERENCES } from '../lib/references';

export const check = defineCheck({
  metadata: {
    id: 'iam_policy_no_full_admin_attached',
    shortId: 'IAM-15',
    title: 'Attached IAM policy does not grant full "*:*" administrative privileges',
    severity: 'CRITICAL',
    service: 'iam',
    resourceKind: 'aws.iam.policy',
    description:
      'Checks the default version of every attached managed policy (customer and AWS-managed, e.g. AdministratorAccess) for a statement with Effect Allow, Action "*" or "*:*" (alone or in a list) and Resource "*" (alone or in a list). Conditions do not excuse the statement. Unattached policies pass unless includeUnattached is on.',
    risk:
      'A principal with "*:*" can do anything, including disabling CloudTrail, creating new admins and deleting data; one leaked credential of it is the whole account.',
    remediation: {
      text: 'Detach the policy from users, groups and roles, and grant least-privilege policies for the tasks they perform (start from IAM Access Analyzer policy generation). Keep full administration to a few break-glass roles.',
      cli: [
        'aws iam list-entities-for-policy --policy-arn <policy-arn>',
        'aws iam detach-role-policy --role-name <role> --policy-arn <policy-arn>',
        'aws iam detach-user-policy --user-name <user> --policy-arn <policy-arn>',
        'aws iam detach-group-policy --group-name <group> --policy-arn <policy-arn>',
      ].join('\n'),
      terraform: [
        'data "aws_iam_policy_document" "least_privilege" {',
        '  statement {',
        '    actions   = ["s3:GetObject"]            # the actions the workload needs, never "*"',
        '    resources = ["${aws_s3_bucket.app.arn}/*"] # the resources it needs, never "*"',
        '  }',
        '}',
      ].join('\n'),
    },
    references: [IAM_REFERENCES.policies, IAM_REFERENCES.bestPractices, 'https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-policy-generation.html'],
    compliance: { 'cis-aws-3.0.0': ['1.16'], 'cis-aws-5.0.0': ['1.15'] },
    settings: {
      /** Judge policies attached to nothing as well (they grant nothing today). */
      includeUnattached: false,
    },
  },
  evaluate(policy, { settings }) {
    const label = `Policy ${policy.policyName}`;
    if (policy.attachmentCount === 0 && !settings.includeUnattached) return pass(policy.arn, `${label} is attached to no user, group or role`);
    const document = policy.document;
    if (document.state === 'error') return unknownBecause(policy.arn, `whether ${label} grants full administrative privileges`, document);
    if (document.state === 'absent') return pass(policy.arn, `${label} has no document, so it grants nothing`);
    const statements = fullAdminStatements(document.value);
    if (statements.length === 0) return pass(policy.arn, `${label} grants no "*:*" administrative privileges`);
    const names = statements.map((s) => s.sid ?? `#${s.index}`).join(', ');
    const conditioned = statements.some((s) => s.conditions.length > 0) ? ' (conditions only narrow who may use it)' : '';
    return fail(policy.arn, `${label} allows "*" on "*" in statement ${names}${conditioned}`, {
      statements,
      attachedTo: policy.attachedTo,
      awsManaged: policy.awsManaged,
    });
  },
});
