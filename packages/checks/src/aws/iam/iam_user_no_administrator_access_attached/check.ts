import { defineCheck } from '../../../engine/define-check';
import { fail, pass, unknownMissingField } from '../../../engine/result';
import { IAM_REFERENCES } from '../lib/references';

// AWS-managed policies live in the `aws` account of every partition (aws, aws-cn, aws-us-gov).
const AWS_MANAGED = /^arn:aws[a-z-]*:iam::aws:policy\/(?:.*\/)?([^/]+)$/;

export const check = defineCheck({
  metadata: {
    id: 'iam_user_no_administrator_access_attached',
    shortId: 'IAM-17',
    title: 'IAM user does not have AdministratorAccess attached directly',
    severity: 'CRITICAL',
    service: 'iam',
    resourceKind: 'aws.iam.user',
    description:
      'Checks that none of the AWS-managed policies named in adminPolicyNames (AdministratorAccess) is attached directly to the user (ListAttachedUserPolicies). Access through a group or an assumed role is not judged here.',
    risk: 'A user with AdministratorAccess holds long-lived full control of the account: its password or access key is the whole account, and it cannot be scoped by session.',
    remediation: {
      text: 'Detach AdministratorAccess from the user. Give administrators a role assumed with MFA (or an IAM Identity Center permission set) and least-privilege policies for daily work.',
      cli: 'aws iam detach-user-policy --user-name <user> --policy-arn arn:aws:iam::aws:policy/AdministratorAccess',
      terraform: '# Remove aws_iam_user_policy_attachment resources with policy_arn = "arn:aws:iam::aws:policy/AdministratorAccess"; use an admin role instead.',
    },
    references: [IAM_REFERENCES.bestPractices, 'https://docs.aws.amazon.com/aws-managed-policy/latest/reference/AdministratorAccess.html'],
    compliance: {},
    settings: {
      /** AWS-managed policy names that make a user an administrator. */
      adminPolicyNames: ['AdministratorAccess'],
    },
  },
  evaluate(user, { settings }) {
    if (user.attachedPolicies === undefined) {
      return unknownMissingField(user.arn, `whether ${user.userName} has AdministratorAccess`, 'GetAccountAuthorizationDetails', 'attachedPolicies');
    }
    const names = new Set(settings.adminPolicyNames);
    const admin = user.attachedPolicies.filter((p) => names.has(AWS_MANAGED.exec(p.policyArn)?.[1] ?? ''));
    if (admin.length === 0) return pass(user.arn, `${user.userName} has no administrator policy attached directly`);
    return fail(user.arn, `${user.userName} has ${admin.map((p) => p.policyName).join(', ')} attached directly`, { policyArns: admin.map((p) => p.policyArn) });
  },
});
