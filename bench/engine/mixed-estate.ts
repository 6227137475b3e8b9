/**
 * The issue-5 estate: `count` resources across S3, EC2 and IAM (40% buckets, 30% security groups, 20% users,
 * 10% roles), ids unique across kinds. Deterministic, so two runs (and a "rescan") see the same resources.
 */
import type { InventoryResource } from '@cspmexa/resources';
import { syntheticSecurityGroups, syntheticRoles, syntheticUsers } from './synthetic-ec2-iam';
import { syntheticBuckets } from './synthetic-estate';

export function mixedEstate(count: number): InventoryResource[] {
  const buckets = Math.round(count * 0.4);
  const groups = Math.round(count * 0.3);
  const users = Math.round(count * 0.2);
  const roles = count - buckets - groups - users;
  return [
    ...syntheticBuckets(buckets),
    ...syntheticSecurityGroups(groups, buckets),
    ...syntheticUsers(users, buckets + groups),
    ...syntheticRoles(roles, buckets + groups + users),
  ];
}
