import type { InlinePolicy, UnreadableInlinePolicies } from '@cspmexa/resources';
import type { CheckMetadata } from '../../../engine/define-check';
import { fail, pass, unknownBecause, unknownMissingField, type Evaluation } from '../../../engine/result';
import { fullAdminStatements } from '../../iam-policy/full-admin';
import { IAM_REFERENCES } from './references';

/**
 * The IAM-16 verdict for one identity: FAIL naming every inline policy with an Allow "*" on "*" statement. The
 * inline list comes with GetAccountAuthorizationDetails, so a missing list is UNKNOWN, never "no policy"; so is
 * a list with a document that did not parse, unless another policy already fails.
 */
export function judgeInlinePolicies(arn: string, label: string, identity: { inlinePolicies?: readonly InlinePolicy[] } & UnreadableInlinePolicies): Evaluation {
  const { inlinePolicies: policies, unreadableInlinePolicies: unreadable = [] } = identity;
  const question = `whether ${label} has an inline "*:*" policy`;
  if (policies === undefined) return unknownMissingField(arn, question, 'GetAccountAuthorizationDetails', 'inlinePolicies');
  const admin = policies
    .map((p) => ({ policyName: p.policyName, statements: fullAdminStatements(p.document).map((s) => s.sid ?? `#${s.index}`) }))
    .filter((p) => p.statements.length > 0);
  if (admin.length === 0 && unreadable.length > 0) {
    const names = unreadable.map((p) => `${p.policyName} (${p.message})`).join(', ');
    return unknownBecause(arn, question, { state: 'error', api: 'iam:GetAccountAuthorizationDetails', code: 'MalformedResponse', message: `inline policy documents did not parse: ${names}` });
  }
  if (admin.length === 0) return pass(arn, `${label} has no inline policy granting "*" on "*"`);
  return fail(arn, `${label} has inline policies granting "*" on "*": ${admin.map((p) => `${p.policyName} (${p.statements.join(', ')})`).join(', ')}`, { policies: admin });
}

/** Metadata shared by the three IAM-16 checks; each names its identity type. */
export function inlineAdminMetadata(identity: 'user' | 'group' | 'role') {
  return {
    shortId: 'IAM-16',
    title: `IAM ${identity} has no inline policy granting full "*:*" administrative privileges`,
    severity: 'CRITICAL',
    service: 'iam',
    description: `Checks every inline policy of the ${identity} (GetAccountAuthorizationDetails) for a statement with Effect Allow, Action "*" or "*:*" and Resource "*"; conditions do not excuse it. Managed policies are IAM-15's concern.`,
    risk: 'An inline "*:*" grant makes the identity a full administrator while hiding from reviews of managed policies; one leaked credential of it is the whole account.',
    remediation: {
      text: `Delete the inline policy from the ${identity} and grant a least-privilege managed policy instead; keep full administration to a few break-glass roles.`,
      cli: `aws iam list-${identity}-policies --${identity}-name <name>\naws iam delete-${identity}-policy --${identity}-name <name> --policy-name <policy-name>`,
      terraform: `# Remove the aws_iam_${identity}_policy resource whose policy allows "*" on "*"; attach a scoped aws_iam_policy instead.`,
    },
    references: [IAM_REFERENCES.policies, 'https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_managed-vs-inline.html'],
    compliance: {},
    settings: {},
  } satisfies Omit<CheckMetadata, 'id' | 'resourceKind'>;
}
