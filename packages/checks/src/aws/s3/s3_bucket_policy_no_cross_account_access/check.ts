import { defineCheck } from '../../../engine/define-check';
import { fail, pass, unknownBecause } from '../../../engine/result';
import { bucketPolicyCli, bucketPolicyTerraform } from '../lib/bucket-policy-remediation';
import { findCrossAccountGrants, type AccountGrant } from './cross-account-grants';

export const check = defineCheck({
  metadata: {
    id: 's3_bucket_policy_no_cross_account_access',
    shortId: 'S3-13',
    title: 'S3 bucket policy grants no access to other AWS accounts',
    severity: 'HIGH',
    service: 's3',
    resourceKind: 'aws.s3.bucket',
    description:
      "Checks that no Allow statement of the bucket policy names an AWS principal of another account: a bare account id, the account's root ARN, or a user, role or assumed-role session of that account, in any partition. Principal \"*\" confined by an aws:PrincipalAccount or aws:PrincipalArn condition to other accounts is a grant to those accounts. Accounts listed in the trustedAccountIds setting are accepted. Other conditions do not change the verdict; Principal \"*\" without such a condition is judged by S3-03.",
    risk:
      'Every principal the other account lets act on the bucket (and anyone who compromises one of them) can use the granted actions, outside your own IAM controls, CloudTrail trails and access reviews.',
    remediation: {
      text: 'Remove the statements or principals of accounts that should not have access. For accounts that must keep it, prefer roles you own that they assume (with an ExternalId), grant the narrowest actions and prefixes, and list the accounts in trustedAccountIds so the decision is recorded.',
      cli: bucketPolicyCli(['# edit policy.json: remove the principals of the untrusted accounts']),
      terraform: bucketPolicyTerraform([
        'actions   = ["s3:GetObject"]',
        'resources = ["${aws_s3_bucket.this.arn}/*"]',
        'principals {',
        '  type        = "AWS"',
        '  identifiers = [aws_iam_role.reader.arn] # roles of this account only',
        '}',
      ]),
    },
    references: [
      'https://docs.aws.amazon.com/AmazonS3/latest/userguide/example-walkthroughs-managing-access-example2.html',
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html#principal-accounts',
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-resources.html#access-analyzer-s3',
    ],
    compliance: {},
    settings: {
      /** 12-digit account ids allowed to appear in bucket policies (partners, log archive, backup accounts). */
      trustedAccountIds: [] as string[],
    },
  },
  evaluate(bucket, { settings }) {
    const policy = bucket.policy;
    if (policy.state === 'error') return unknownBecause(bucket.arn, `whether the policy of bucket ${bucket.name} grants other accounts access`, policy);
    if (policy.state === 'absent') return pass(bucket.arn, `Bucket ${bucket.name} has no bucket policy, so it grants no other account access`);

    const { grants, trusted, unresolved } = findCrossAccountGrants(policy.value, bucket.accountId, settings.trustedAccountIds);
    const evidence: Record<string, unknown> = { ownAccountId: bucket.accountId };
    if (grants.length > 0) evidence.crossAccountGrants = grants;
    if (trusted.length > 0) evidence.trustedGrants = trusted;
    if (unresolved.length > 0) evidence.unresolvedPrincipals = unresolved;
    if (grants.length === 0) {
      const note = trusted.length > 0 ? ` other than trusted account ${accountsOf(trusted).join(', ')}` : '';
      return pass(bucket.arn, `The policy of bucket ${bucket.name} grants no other AWS account access${note}`, evidence);
    }
    const described = accountsOf(grants).map((account) => {
      const statements = [...new Set(grants.filter((g) => g.accountId === account).map((g) => g.statement))];
      return `${account} (statement ${statements.join(', ')})`;
    });
    return fail(bucket.arn, `The policy of bucket ${bucket.name} grants other AWS accounts access: ${described.join('; ')}`, evidence);
  },
});

function accountsOf(grants: readonly AccountGrant[]): string[] {
  return [...new Set(grants.map((g) => g.accountId))];
}
