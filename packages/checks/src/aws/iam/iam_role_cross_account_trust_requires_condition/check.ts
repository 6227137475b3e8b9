import { defineCheck } from '../../../engine/define-check';
import { fail, pass, unknownBecause } from '../../../engine/result';
import { IAM_REFERENCES } from '../lib/references';
import { unguardedCrossAccountTrust } from '../lib/trust-conditions';

export const check = defineCheck({
  metadata: {
    id: 'iam_role_cross_account_trust_requires_condition',
    shortId: 'IAM-19',
    title: 'Role trusted by other accounts requires an ExternalId or MFA to be assumed',
    severity: 'HIGH',
    service: 'iam',
    resourceKind: 'aws.iam.role',
    description:
      'Checks the trust policy (AssumeRolePolicyDocument) of every role: an Allow statement for sts:AssumeRole whose AWS principal is another account, or anyone, must carry a narrowing condition on one of requiredConditionKeys (sts:ExternalId, aws:MultiFactorAuthPresent = true, aws:PrincipalOrgID). Service principals, principals of the role\'s own account, unique ids of deleted principals (they match no caller) and statements whose aws:PrincipalAccount or aws:PrincipalArn condition confines callers to the role\'s own account are not judged. Condition values must be fixed (no wildcard, no policy variable). Service-linked roles pass.',
    risk: 'A role any principal of a third-party account can assume is open to the confused-deputy problem: another customer of that vendor can ask the vendor to act on your account. Without MFA, a stolen key in the other account is enough.',
    remediation: {
      text: 'Add a condition to the trust statement: StringEquals sts:ExternalId with the value the third party gave you, or Bool aws:MultiFactorAuthPresent true for human users of another account of yours.',
      cli: 'aws iam update-assume-role-policy --role-name <role> --policy-document file://trust-with-external-id.json',
      terraform: [
        'data "aws_iam_policy_document" "trust" {',
        '  statement {',
        '    actions = ["sts:AssumeRole"]',
        '    principals {',
        '      type        = "AWS"',
        '      identifiers = ["arn:aws:iam::<vendor-account>:root"]',
        '    }',
        '    condition {',
        '      test     = "StringEquals"',
        '      variable = "sts:ExternalId"',
        '      values   = [var.external_id]',
        '    }',
        '  }',
        '}',
      ].join('\n'),
    },
    references: [IAM_REFERENCES.bestPractices, 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_create_for-user_externalid.html', 'https://docs.aws.amazon.com/IAM/latest/UserGuide/confused-deputy.html'],
    compliance: {},
    settings: {
      /** Condition keys that, tested for a fixed value, make a cross-account trust acceptable. */
      requiredConditionKeys: ['sts:ExternalId', 'aws:MultiFactorAuthPresent', 'aws:PrincipalOrgID'],
    },
  },
  evaluate(role, { settings }) {
    const label = `Role ${role.roleName}`;
    if (role.serviceLinked) return pass(role.arn, `${label} is service-linked; AWS manages its trust policy`);
    const trust = role.assumeRolePolicy;
    if (trust.state === 'error') return unknownBecause(role.arn, `who may assume ${label}`, trust);
    if (trust.state === 'absent') return pass(role.arn, `${label} has no trust policy, so nobody can assume it`);
    const unguarded = unguardedCrossAccountTrust(trust.value, role.accountId, settings.requiredConditionKeys);
    if (unguarded.length === 0) return pass(role.arn, `${label} trusts no other account without a required condition`);
    const principals = [...new Set(unguarded.flatMap((u) => u.principals))];
    return fail(role.arn, `${label} can be assumed by ${principals.join(', ')} without ${settings.requiredConditionKeys.join(' or ')}`, { statements: unguarded });
  },
});
