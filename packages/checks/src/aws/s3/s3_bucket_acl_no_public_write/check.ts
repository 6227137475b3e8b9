import { defineCheck } from '../../../engine/define-check';
import { ACL_REFERENCES, ACL_REMEDIATION_CLI, ACL_REMEDIATION_TERRAFORM } from '../lib/acl-remediation';
import { judgePublicAclGrants } from '../lib/public-acl-grants';

export const check = defineCheck({
  metadata: {
    id: 's3_bucket_acl_no_public_write',
    shortId: 'S3-04',
    title: 'S3 bucket ACL grants no write access to everyone',
    severity: 'CRITICAL',
    service: 's3',
    resourceKind: 'aws.s3.bucket',
    description:
      'Checks that the bucket ACL grants none of WRITE, WRITE_ACP or FULL_CONTROL to the AllUsers or AuthenticatedUsers groups, unless IgnorePublicAcls (bucket or account level) makes S3 disregard those grants.',
    risk:
      'WRITE lets anyone upload, overwrite or delete objects (malware hosting, data destruction, storage bills); WRITE_ACP and FULL_CONTROL let anyone rewrite the ACL itself and take the bucket over.',
    remediation: {
      text: 'Reset the bucket ACL to private and set Object Ownership to BucketOwnerEnforced so that ACLs no longer apply; grant any legitimate cross-account writer through the bucket policy instead.',
      cli: ACL_REMEDIATION_CLI,
      terraform: ACL_REMEDIATION_TERRAFORM,
    },
    references: [...ACL_REFERENCES],
    compliance: {},
    settings: {},
  },
  evaluate(bucket, { account }) {
    return judgePublicAclGrants(bucket, account, { permissions: ['WRITE', 'WRITE_ACP', 'FULL_CONTROL'], access: 'public write access' });
  },
});
