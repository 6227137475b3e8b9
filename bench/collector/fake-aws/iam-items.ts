/** IAM query-protocol XML of the estate's identities, and its credential report CSV. */
import type { Estate, Role, User } from './estate';
import { el, memberList } from './xml';

const created = '2023-06-01T00:00:00Z';
const policyDoc = (doc: unknown) => encodeURIComponent(JSON.stringify(doc));
const attached = (arns: string[]) => memberList('AttachedManagedPolicies', arns, (arn) => el('PolicyName', arn.split('/').pop()) + el('PolicyArn', arn));

export function userXml(u: User, accountId: string): string {
  return (
    el('Path', '/') +
    el('UserName', u.name) +
    el('UserId', u.id) +
    el('Arn', `arn:aws:iam::${accountId}:user/${u.name}`) +
    el('CreateDate', created) +
    memberList("GroupList", u.groups, (g) => esc(g)) +
    attached(u.name.endsWith('7') ? ['arn:aws:iam::aws:policy/AdministratorAccess'] : []) +
    memberList('UserPolicyList', [], () => '')
  );
}

export function groupXml(name: string, i: number, accountId: string): string {
  return (
    el('Path', '/') +
    el('GroupName', name) +
    el('GroupId', `AGPA${String(i).padStart(17, '0')}`) +
    el('Arn', `arn:aws:iam::${accountId}:group/${name}`) +
    el('CreateDate', created) +
    memberList('GroupPolicyList', [], () => '') +
    attached([name === 'admins' ? 'arn:aws:iam::aws:policy/AdministratorAccess' : 'arn:aws:iam::aws:policy/ReadOnlyAccess'])
  );
}

export function roleXml(r: Role, accountId: string): string {
  const principal = r.trustsAccount ? { AWS: `arn:aws:iam::${r.trustsAccount}:root` } : { Service: 'ec2.amazonaws.com' };
  const trust = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: principal, Action: 'sts:AssumeRole' }] };
  return (
    el('Path', '/') +
    el('RoleName', r.name) +
    el('RoleId', r.id) +
    el('Arn', `arn:aws:iam::${accountId}:role/${r.name}`) +
    el('CreateDate', created) +
    el('AssumeRolePolicyDocument', policyDoc(trust)) +
    memberList('InstanceProfileList', [], () => '') +
    memberList('RolePolicyList', [], () => '') +
    attached(['arn:aws:iam::aws:policy/ReadOnlyAccess'])
  );
}

export function managedPolicyXml(name: string, accountId: string): string {
  const doc = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }] };
  return (
    el('PolicyName', name) +
    el('PolicyId', `ANPA${name.toUpperCase().padEnd(17, '0').slice(0, 17)}`) +
    el('Arn', `arn:aws:iam::${accountId}:policy/${name}`) +
    el('Path', '/') +
    el('DefaultVersionId', 'v1') +
    el('AttachmentCount', 0) +
    el('IsAttachable', true) +
    el('CreateDate', created) +
    el('UpdateDate', created) +
    memberList('PolicyVersionList', [doc], (d) => el('Document', policyDoc(d)) + el('VersionId', 'v1') + el('IsDefaultVersion', true) + el('CreateDate', created))
  );
}

function esc(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;');
}

const reportHeader =
  'user,arn,user_creation_time,password_enabled,password_last_used,password_last_changed,password_next_rotation,mfa_active,' +
  'access_key_1_active,access_key_1_last_rotated,access_key_1_last_used_date,access_key_1_last_used_region,access_key_1_last_used_service,' +
  'access_key_2_active,access_key_2_last_rotated,access_key_2_last_used_date,access_key_2_last_used_region,access_key_2_last_used_service,' +
  'cert_1_active,cert_1_last_rotated,cert_2_active,cert_2_last_rotated';

export function credentialReportCsv(estate: Estate): string {
  const root = `<root_account>,arn:aws:iam::${estate.accountId}:root,${created},not_supported,2024-01-02T00:00:00+00:00,not_supported,not_supported,true,false,N/A,N/A,N/A,N/A,false,N/A,N/A,N/A,N/A,false,N/A,false,N/A`;
  const rows = estate.users.map((u) => {
    const pw = u.hasPassword ? `true,2024-02-01T00:00:00+00:00,${created},N/A` : 'false,N/A,N/A,N/A';
    const key = u.keyActive ? `true,${created},2024-02-03T00:00:00+00:00,us-east-1,s3` : 'false,N/A,N/A,N/A,N/A';
    return `${u.name},arn:aws:iam::${estate.accountId}:user/${u.name},${created},${pw},${u.mfa},${key},false,N/A,N/A,N/A,N/A,false,N/A,false,N/A`;
  });
  return [reportHeader, root, ...rows].join('\n');
}
