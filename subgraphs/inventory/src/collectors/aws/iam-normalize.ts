/**
 * GetAccountAuthorizationDetails answers -> users, groups, roles and managed policies. Policy documents arrive
 * URL-encoded (RFC 3986) JSON; one that does not parse is recorded and left out rather than guessed.
 */
import type { GetAccountAuthorizationDetailsCommandOutput } from '@aws-sdk/client-iam';
import type { AttachedPolicyRef, InlinePolicy, PolicyDocument, UnreadableInlinePolicies } from '@cspmexa/resources';

export type AuthorizationDetails = Required<
  Pick<GetAccountAuthorizationDetailsCommandOutput, 'UserDetailList' | 'GroupDetailList' | 'RoleDetailList' | 'Policies'>
>;

export function parsePolicyDocument(encoded: string | undefined): PolicyDocument {
  if (!encoded) throw new SyntaxError('empty policy document');
  // Documents are URL-encoded by IAM; a document already in JSON would not start with '%'.
  const text = encoded.trimStart().startsWith('{') ? encoded : decodeURIComponent(encoded);
  const doc = JSON.parse(text) as unknown;
  if (!doc || typeof doc !== 'object' || !('Statement' in doc)) throw new SyntaxError('policy document has no Statement');
  return doc as PolicyDocument;
}

export function attachedRefs(list: { PolicyArn?: string; PolicyName?: string }[] | undefined): AttachedPolicyRef[] {
  return (list ?? []).flatMap((p) => (p.PolicyArn ? [{ policyArn: p.PolicyArn, policyName: p.PolicyName ?? p.PolicyArn }] : []));
}

/**
 * Parses inline policies. One that fails goes to `onMalformed` (a scan error) and is listed, by name, as
 * unreadable on the identity, so that checks judging inline documents answer UNKNOWN instead of "none grants it".
 */
export function inlinePolicies(
  list: { PolicyName?: string; PolicyDocument?: string }[] | undefined,
  onMalformed: (name: string, err: unknown) => void,
): { inlinePolicies: InlinePolicy[] } & UnreadableInlinePolicies {
  const parsed: InlinePolicy[] = [];
  const unreadable: { policyName: string; message: string }[] = [];
  for (const p of list ?? []) {
    const policyName = p.PolicyName ?? '';
    try {
      parsed.push({ policyName, document: parsePolicyDocument(p.PolicyDocument) });
    } catch (err) {
      onMalformed(policyName, err);
      unreadable.push({ policyName, message: err instanceof Error ? err.message : String(err) });
    }
  }
  return unreadable.length > 0 ? { inlinePolicies: parsed, unreadableInlinePolicies: unreadable } : { inlinePolicies: parsed };
}

/** Who each managed policy is attached to, computed from the same answer (instead of ListEntitiesForPolicy). */
export function attachmentsByPolicy(details: AuthorizationDetails): Map<string, { users: string[]; groups: string[]; roles: string[] }> {
  const map = new Map<string, { users: string[]; groups: string[]; roles: string[] }>();
  const add = (arn: string | undefined, kind: 'users' | 'groups' | 'roles', name: string | undefined) => {
    if (!arn || !name) return;
    const entry = map.get(arn) ?? { users: [], groups: [], roles: [] };
    entry[kind].push(name);
    map.set(arn, entry);
  };
  for (const u of details.UserDetailList) for (const p of u.AttachedManagedPolicies ?? []) add(p.PolicyArn, 'users', u.UserName);
  for (const g of details.GroupDetailList) for (const p of g.AttachedManagedPolicies ?? []) add(p.PolicyArn, 'groups', g.GroupName);
  for (const r of details.RoleDetailList) for (const p of r.AttachedManagedPolicies ?? []) add(p.PolicyArn, 'roles', r.RoleName);
  return map;
}
