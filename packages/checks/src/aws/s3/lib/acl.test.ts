import type { S3Grant } from '@cspmexa/resources';
import { describe, expect, it } from 'vitest';
import { ALL_USERS_URI, AUTHENTICATED_USERS_URI, describeGrant, publicGrants } from './acl';

const group = (uri: string, permission: S3Grant['permission'] = 'READ'): S3Grant => ({ grantee: { type: 'Group', uri }, permission });

describe('publicGrants', () => {
  it('keeps grants to AllUsers and AuthenticatedUsers only', () => {
    const owner: S3Grant = { grantee: { type: 'CanonicalUser', id: 'abc' }, permission: 'FULL_CONTROL' };
    const logDelivery = group('http://acs.amazonaws.com/groups/s3/LogDelivery', 'WRITE');
    const grants = [owner, group(ALL_USERS_URI), logDelivery, group(AUTHENTICATED_USERS_URI, 'WRITE')];
    expect(publicGrants(grants)).toEqual([group(ALL_USERS_URI), group(AUTHENTICATED_USERS_URI, 'WRITE')]);
  });

  it('returns nothing for a private ACL', () => {
    expect(publicGrants([{ grantee: { type: 'CanonicalUser', id: 'abc' }, permission: 'FULL_CONTROL' }])).toEqual([]);
  });
});

describe('describeGrant', () => {
  it('names the permission and the group', () => {
    expect(describeGrant(group(AUTHENTICATED_USERS_URI, 'WRITE_ACP'))).toBe('WRITE_ACP to AuthenticatedUsers');
  });
});
