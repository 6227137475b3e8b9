import { defineCheck } from '../../../engine/define-check';
import { fail, pass, unknownBecause } from '../../../engine/result';

export const check = defineCheck({
  metadata: {
    id: 's3_bucket_mfa_delete_enabled',
    shortId: 'S3-10',
    title: 'S3 bucket has MFA Delete enabled',
    severity: 'MEDIUM',
    service: 's3',
    resourceKind: 'aws.s3.bucket',
    description:
      'Checks that GetBucketVersioning reports MFADelete = Enabled, so that permanently deleting an object version or changing the versioning state needs the root user and a current MFA code.',
    risk:
      'Without MFA Delete, anyone holding credentials with s3:DeleteObjectVersion or s3:PutBucketVersioning (a leaked key, a compromised role) can erase every version of the data, defeating versioning as a defence against ransomware.',
    remediation: {
      text: 'As the root user of the bucket owner account, with its MFA device, enable MFA Delete together with versioning. Only the root user can do this, and only through the API or CLI (not the console, Terraform alone or a role).',
      cli: 'aws s3api put-bucket-versioning --bucket <bucket> --versioning-configuration Status=Enabled,MFADelete=Enabled --mfa "arn:aws:iam::<account-id>:mfa/root-account-mfa-device <code>"',
      terraform: [
        '# Terraform can only record the setting: the API call must be made with the root user\'s credentials and MFA.',
        'resource "aws_s3_bucket_versioning" "this" {',
        '  bucket = aws_s3_bucket.this.id',
        '  mfa    = "arn:aws:iam::<account-id>:mfa/root-account-mfa-device <code>"',
        '  versioning_configuration {',
        '    status     = "Enabled"',
        '    mfa_delete = "Enabled"',
        '  }',
        '}',
      ].join('\n'),
    },
    references: [
      'https://docs.aws.amazon.com/AmazonS3/latest/userguide/MultiFactorAuthenticationDelete.html',
      'https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetBucketVersioning.html',
    ],
    compliance: { 'cis-aws-3.0.0': ['2.1.2'], 'cis-aws-5.0.0': ['2.1.2'] },
    settings: {},
  },
  evaluate(bucket) {
    const versioning = bucket.versioning;
    if (versioning.state === 'error') return unknownBecause(bucket.arn, `whether MFA Delete is enabled on bucket ${bucket.name}`, versioning);
    // GetBucketVersioning omits MFADelete for a bucket where it was never configured; `absent` means the same.
    const mfaDelete = versioning.state === 'ok' ? versioning.value.mfaDelete : undefined;
    if (mfaDelete === 'Enabled') return pass(bucket.arn, `MFA Delete is enabled on bucket ${bucket.name}`, { mfaDelete });
    const state = mfaDelete === 'Disabled' ? 'disabled' : 'not configured';
    return fail(bucket.arn, `MFA Delete is ${state} on bucket ${bucket.name}`, { mfaDelete: mfaDelete ?? 'NotConfigured' });
  },
});
