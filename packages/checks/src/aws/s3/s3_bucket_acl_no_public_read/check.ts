import { defineCheck } from '../../../engine/define-check';
import { ACL_REFERENCES, ACL_REMEDIATION_CLI, ACL_REMEDIATION_TERRAFORM } from '../lib/acl-remediation';
import { judgePublicAclGrants } from '../lib/public-acl-grants';

export const check = defineCheck({
  metadata: {
    id: 's3_bucket_acl_no_public_read',
    shortId: 'S3-05',
    title: 'S3 bucket ACL does not let everyone list the bucket',
    severity: 'CRITICAL',
    service: 's3',
    resourceKind: 'aws.s3.bucket',
    description:
      'Checks that the bucket ACL grants neither READ nor FULL_CONTROL to the AllUsers or AuthenticatedUsers groups, unless IgnorePublicAcls (bucket or account level) makes S3 disregard those grants. READ on a bucket is the permission to list its objects.',
    risk:
      'A listable bucket hands anyone the name of every object it holds: the map an attacker needs to find and fetch anything else left readable, and often sensitive in itself (customer names, file names, backups).',
    remediation: {
      text: 'Reset the bucket ACL to private and set Object Ownership to BucketOwnerEnforced so that ACLs no longer apply; serve public content through CloudFront or a scoped bucket policy instead of a listable bucket.',
      cli: ACL_REMEDIATION_CLI,
      terraform: ACL_REMEDIATION_TERRAFORM,
    },
    references: [...ACL_REFERENCES],
    compliance: {},
    settings: {},
  },
  evaluate(bucket, { account }) {
    return judgePublicAclGrants(bucket, account, { permissions: ['READ', 'FULL_CONTROL'], access: 'public list access' });
  },
});
