import type { S3Grant } from '@cspmexa/resources';

/** The two predefined groups that make an ACL grant public: anyone, and anyone with any AWS account. */
export const ALL_USERS_URI = 'http://acs.amazonaws.com/groups/global/AllUsers';
export const AUTHENTICATED_USERS_URI = 'http://acs.amazonaws.com/groups/global/AuthenticatedUsers';

const PUBLIC_GROUP = /\/groups\/global\/(AllUsers|AuthenticatedUsers)$/;

/** Grants to AllUsers or AuthenticatedUsers; matched on the path so http/https spellings both count. */
export function publicGrants(grants: readonly S3Grant[]): S3Grant[] {
  return grants.filter((g) => g.grantee.type === 'Group' && g.grantee.uri !== undefined && PUBLIC_GROUP.test(g.grantee.uri));
}

/** "READ to AllUsers": the permission and the group's last path segment, for messages and evidence. */
export function describeGrant(grant: S3Grant): string {
  return `${grant.permission} to ${grant.grantee.uri?.split('/').at(-1) ?? grant.grantee.id ?? 'unknown grantee'}`;
}
