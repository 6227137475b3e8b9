import { defineCheck } from '../../../engine/define-check';
import { fail, pass, unknownBecause } from '../../../engine/result';

export const check = defineCheck({
  metadata: {
    id: 's3_bucket_kms_encryption',
    shortId: 'S3-08',
    title: 'S3 bucket default encryption uses SSE-KMS',
    severity: 'MEDIUM',
    service: 's3',
    resourceKind: 'aws.s3.bucket',
    description:
      'Checks that every default-encryption rule of the bucket uses AWS KMS (SSE-KMS or dual-layer DSSE-KMS) rather than S3-managed keys (SSE-S3).',
    risk:
      'With SSE-S3 anyone allowed to read an object gets it decrypted: there is no key policy to restrict decryption, no separate audit trail of key use in CloudTrail, and no way to revoke access by disabling a key.',
    remediation: {
      text: 'Set the bucket default encryption to aws:kms with a customer managed KMS key, and enable S3 Bucket Keys to limit KMS request costs.',
      cli: `aws s3api put-bucket-encryption --bucket <bucket> --server-side-encryption-configuration '{"Rules":[{"ApplyServerSideEncryptionByDefault":{"SSEAlgorithm":"aws:kms","KMSMasterKeyID":"<kms-key-arn>"},"BucketKeyEnabled":true}]}'`,
      terraform: [
        'resource "aws_s3_bucket_server_side_encryption_configuration" "this" {',
        '  bucket = aws_s3_bucket.this.id',
        '  rule {',
        '    apply_server_side_encryption_by_default {',
        '      sse_algorithm     = "aws:kms"',
        '      kms_master_key_id = aws_kms_key.s3.arn',
        '    }',
        '    bucket_key_enabled = true',
        '  }',
        '}',
      ].join('\n'),
    },
    references: [
      'https://docs.aws.amazon.com/AmazonS3/latest/userguide/UsingKMSEncryption.html',
      'https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetBucketEncryption.html',
    ],
    compliance: {},
    settings: {
      /** SSEAlgorithm values that count as KMS-backed; narrow to ['aws:kms:dsse'] to demand dual-layer encryption. */
      allowedAlgorithms: ['aws:kms', 'aws:kms:dsse'],
    },
  },
  evaluate(bucket, { settings }) {
    const encryption = bucket.encryption;
    if (encryption.state === 'error') return unknownBecause(bucket.arn, 'the default encryption', encryption);
    const rules = encryption.state === 'ok' ? encryption.value.rules : [];
    if (rules.length === 0) {
      return fail(bucket.arn, `Bucket ${bucket.name} has no default encryption configuration`, { algorithms: [] });
    }
    // Plain loops: this runs once per bucket in every scan, and almost every bucket has exactly one rule.
    const algorithms: string[] = [];
    let notKms: string | undefined;
    for (const rule of rules) {
      algorithms.push(rule.sseAlgorithm);
      if (notKms === undefined && !settings.allowedAlgorithms.includes(rule.sseAlgorithm)) notKms = rule.sseAlgorithm;
    }
    const evidence = { algorithms, kmsKeyId: rules[0]?.kmsMasterKeyId };
    if (notKms !== undefined) {
      return fail(bucket.arn, `Bucket ${bucket.name} default encryption uses ${notKms}, not SSE-KMS`, evidence);
    }
    return pass(bucket.arn, `Bucket ${bucket.name} default encryption uses ${algorithms.join(', ')}`, evidence);
  },
});
