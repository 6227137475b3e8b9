/** Builds the users, groups, roles and managed policies of one GetAccountAuthorizationDetails answer. */
import { GLOBAL_REGION, ok, readError, type CloudResource, type Collected, type CredentialReportEntry, type PolicyDocument } from '@cspmexa/resources';
import type { AwsScanContext } from './collector';
import { tagMap } from './ec2-normalize';
import { attachedRefs, attachmentsByPolicy, inlinePolicies, parsePolicyDocument, type AuthorizationDetails } from './iam-normalize';

type OnMalformed = (where: string, err: unknown) => void;

function documentOf(encoded: string | undefined, api: string, where: string, onMalformed: OnMalformed): Collected<PolicyDocument> {
  try {
    return ok(parsePolicyDocument(encoded));
  } catch (err) {
    onMalformed(where, err);
    return readError(api, 'MalformedResponse', err instanceof Error ? err.message : String(err));
  }
}

export function identitiesFrom(
  ctx: AwsScanContext,
  d: AuthorizationDetails,
  credentialsOf: (user: string) => Collected<CredentialReportEntry>,
  onMalformed: OnMalformed,
): CloudResource[] {
  const common = { accountId: ctx.accountId, region: GLOBAL_REGION };
  const api = 'iam:GetAccountAuthorizationDetails';
  const users = d.UserDetailList.flatMap((u) => {
    if (!u.UserName || !u.Arn) return [];
    return [{
      kind: 'aws.iam.user' as const,
      ...common,
      arn: u.Arn,
      name: u.UserName,
      tags: ok(tagMap(u.Tags)),
      userName: u.UserName,
      ...(u.UserId ? { userId: u.UserId } : {}),
      ...(u.Path ? { path: u.Path } : {}),
      ...(u.CreateDate ? { createDate: u.CreateDate.toISOString() } : {}),
      groups: u.GroupList ?? [],
      attachedPolicies: attachedRefs(u.AttachedManagedPolicies),
      ...inlinePolicies(u.UserPolicyList, (n, e) => onMalformed(`${u.Arn}#${n}`, e)),
      ...(u.PermissionsBoundary?.PermissionsBoundaryArn ? { permissionsBoundaryArn: u.PermissionsBoundary.PermissionsBoundaryArn } : {}),
      credentials: credentialsOf(u.UserName),
    }];
  });
  const groups = d.GroupDetailList.flatMap((g) => {
    if (!g.GroupName || !g.Arn) return [];
    return [{
      kind: 'aws.iam.group' as const,
      ...common,
      arn: g.Arn,
      name: g.GroupName,
      groupName: g.GroupName,
      ...(g.Path ? { path: g.Path } : {}),
      attachedPolicies: attachedRefs(g.AttachedManagedPolicies),
      ...inlinePolicies(g.GroupPolicyList, (n, e) => onMalformed(`${g.Arn}#${n}`, e)),
    }];
  });
  const roles = d.RoleDetailList.flatMap((r) => {
    if (!r.RoleName || !r.Arn) return [];
    return [{
      kind: 'aws.iam.role' as const,
      ...common,
      arn: r.Arn,
      name: r.RoleName,
      tags: ok(tagMap(r.Tags)),
      roleName: r.RoleName,
      ...(r.RoleId ? { roleId: r.RoleId } : {}),
      ...(r.Path ? { path: r.Path } : {}),
      ...(r.CreateDate ? { createDate: r.CreateDate.toISOString() } : {}),
      assumeRolePolicy: documentOf(r.AssumeRolePolicyDocument, api, r.Arn, onMalformed),
      attachedPolicies: attachedRefs(r.AttachedManagedPolicies),
      ...inlinePolicies(r.RolePolicyList, (n, e) => onMalformed(`${r.Arn}#${n}`, e)),
      instanceProfileArns: (r.InstanceProfileList ?? []).flatMap((p) => (p.Arn ? [p.Arn] : [])),
      serviceLinked: (r.Path ?? '').startsWith('/aws-service-role/'),
      ...(r.RoleLastUsed?.LastUsedDate ? { lastUsedDate: r.RoleLastUsed.LastUsedDate.toISOString() } : {}),
    }];
  });
  const attachments = attachmentsByPolicy(d);
  const policies = d.Policies.flatMap((p) => {
    if (!p.Arn || !p.PolicyName) return [];
    const awsManaged = p.Arn.includes(':iam::aws:policy/');
    // AWS-managed policies nobody here uses say nothing about this account; keep the ones attached.
    if (awsManaged && !(p.AttachmentCount && p.AttachmentCount > 0)) return [];
    const current = (p.PolicyVersionList ?? []).find((v) => v.IsDefaultVersion) ?? (p.PolicyVersionList ?? []).find((v) => v.VersionId === p.DefaultVersionId);
    return [{
      kind: 'aws.iam.policy' as const,
      ...common,
      arn: p.Arn,
      name: p.PolicyName,
      policyName: p.PolicyName,
      ...(p.PolicyId ? { policyId: p.PolicyId } : {}),
      ...(p.Path ? { path: p.Path } : {}),
      awsManaged,
      attachmentCount: p.AttachmentCount ?? 0,
      ...(p.DefaultVersionId ? { defaultVersionId: p.DefaultVersionId } : {}),
      document: documentOf(current?.Document, api, p.Arn, onMalformed),
      attachedTo: attachments.get(p.Arn) ?? { users: [], groups: [], roles: [] },
    }];
  });
  return [...users, ...groups, ...roles, ...policies];
}
