import type { AccountContext } from '../../../engine/context';
import type { S3Bucket, S3Permission } from '@cspmexa/resources';
import { fail, pass, unknownBecause, type Evaluation } from '../../../engine/result';
import { describeGrant, publicGrants } from './acl';
import { effectiveFlag } from './public-access-block';

export interface PublicAclQuestion {
  /** The permissions that give the access in question, e.g. WRITE, WRITE_ACP and FULL_CONTROL for writing. */
  permissions: readonly S3Permission[];
  /** What those permissions give, for messages: "public write access". */
  access: string;
}

/**
 * The verdict shared by the ACL checks: FAIL when the ACL grants one of `permissions` to AllUsers or
 * AuthenticatedUsers, unless IgnorePublicAcls (bucket or account level) makes S3 disregard such grants.
 * BlockPublicAcls only rejects new public ACLs, so it cancels nothing already granted.
 */
export function judgePublicAclGrants(bucket: S3Bucket, account: AccountContext | undefined, question: PublicAclQuestion): Evaluation {
  const acl = bucket.acl;
  if (acl.state === 'error') return unknownBecause(bucket.arn, `whether the ACL of bucket ${bucket.name} grants ${question.access}`, acl);
  const grants = acl.state === 'ok' ? publicGrants(acl.value.grants).filter((g) => question.permissions.includes(g.permission)) : [];
  if (grants.length === 0) {
    return pass(bucket.arn, `The ACL of bucket ${bucket.name} grants no ${question.access} to AllUsers or AuthenticatedUsers`);
  }
  const described = grants.map(describeGrant);
  const evidence = { publicAclGrants: described };
  const ignore = effectiveFlag('ignorePublicAcls', bucket.publicAccessBlock, account?.s3PublicAccessBlock);
  if (ignore.state === 'on') {
    return pass(
      bucket.arn,
      `The ACL of bucket ${bucket.name} grants ${described.join(', ')}, neutralized by ignorePublicAcls (${ignore.by} level)`,
      { ...evidence, neutralizedBy: `ignorePublicAcls (${ignore.by} level)` },
    );
  }
  if (ignore.state === 'unknown') {
    return unknownBecause(bucket.arn, `whether ignorePublicAcls neutralizes the ACL grants ${described.join(', ')} of bucket ${bucket.name}`, ignore.error);
  }
  return fail(bucket.arn, `The ACL of bucket ${bucket.name} grants ${question.access}: ${described.join(', ')}`, evidence);
}
