import { defineCheck } from '../../../engine/define-check';
import { fail, pass, unknownBecause, unknownMissingField } from '../../../engine/result';

export const check = defineCheck({
  metadata: {
    id: 'iam_support_role_exists',
    shortId: 'IAM-20',
    title: 'An IAM role with AWSSupportAccess exists to manage AWS Support cases',
    severity: 'LOW',
    service: 'iam',
    resourceKind: 'aws.iam.account',
    description:
      'Checks that the AWS managed policy AWSSupportAccess is attached to at least one IAM role (read from the roles\' attached managed policies in GetAccountAuthorizationDetails, the answer ListEntitiesForPolicy would give), so that incidents can be raised with AWS Support without using the root user or an over-privileged identity.',
    risk: 'Without a designated support role, opening a case during an incident falls to the root user or to administrators with far broader rights, or waits while someone works out who may do it.',
    remediation: {
      text: 'Create a role that your incident responders (or your identity provider\'s support group) can assume, and attach AWSSupportAccess to it.',
      cli: [
        'aws iam create-role --role-name aws-support --assume-role-policy-document file://trust-policy.json',
        'aws iam attach-role-policy --role-name aws-support --policy-arn arn:aws:iam::aws:policy/AWSSupportAccess',
      ].join('\n'),
      terraform: [
        'resource "aws_iam_role" "support" {',
        '  name               = "aws-support"',
        '  assume_role_policy = data.aws_iam_policy_document.support_trust.json',
        '}',
        '',
        'resource "aws_iam_role_policy_attachment" "support" {',
        '  role       = aws_iam_role.support.name',
        '  policy_arn = "arn:aws:iam::aws:policy/AWSSupportAccess"',
        '}',
      ].join('\n'),
    },
    references: [
      'https://docs.aws.amazon.com/awssupport/latest/user/accessing-support.html',
      'https://docs.aws.amazon.com/aws-managed-policy/latest/reference/AWSSupportAccess.html',
    ],
    compliance: { 'cis-aws-3.0.0': ['1.17'], 'cis-aws-5.0.0': ['1.16'] },
    settings: {},
  },
  evaluate(account) {
    const question = 'whether a role has AWSSupportAccess attached';
    const access = account.supportAccess;
    if (access === undefined) return unknownMissingField(account.arn, question, 'iam:GetAccountAuthorizationDetails', 'supportAccess');
    if (access.state === 'error') return unknownBecause(account.arn, question, access);
    const holders = access.state === 'ok' ? access.value : { users: [], groups: [], roles: [] };
    if (holders.roles.length > 0) return pass(account.arn, `AWSSupportAccess is attached to role ${holders.roles.join(', ')}`, { roles: holders.roles });
    const others = [...holders.users.map((u) => `user ${u}`), ...holders.groups.map((g) => `group ${g}`)];
    return fail(account.arn, `AWSSupportAccess is attached to no role${others.length > 0 ? ` (only to ${others.join(', ')})` : ''}`, { ...holders });
  },
});
