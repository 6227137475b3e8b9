import { defineCheck } from '../../../engine/define-check';
import { fail, pass, unknownBecause } from '../../../engine/result';
import { bucketPolicyCli, bucketPolicyTerraform } from '../lib/bucket-policy-remediation';
import { assessTlsEnforcement } from './tls-enforcement';

export const check = defineCheck({
  metadata: {
    id: 's3_bucket_secure_transport_policy',
    shortId: 'S3-07',
    title: 'S3 bucket policy denies requests that do not use TLS',
    severity: 'MEDIUM',
    service: 's3',
    resourceKind: 'aws.s3.bucket',
    description:
      'Checks that the bucket policy has a Deny for every principal over every S3 action (s3:* or *) with the only condition Bool (or BoolIfExists) aws:SecureTransport = false, covering both the bucket ARN and its objects (bucket/*); two statements may cover one each. A Deny on s3:TlsVersion alone does not pass: plain-HTTP requests carry no TLS version, so it does not refuse them.',
    risk:
      'Without the Deny, any principal the bucket or an IAM policy allows can read and write objects over plain HTTP, exposing data and credentials-signed requests to interception or tampering on the network path.',
    remediation: {
      text: 'Add a statement denying s3:* to Principal "*" on the bucket and bucket/* when aws:SecureTransport is false. Do not add other conditions to that statement: conditions are ANDed and would exempt part of the plain-HTTP traffic. Add a separate s3:TlsVersion Deny if you also want a minimum TLS version.',
      cli: bucketPolicyCli([
        '# add to the Statement list of policy.json:',
        '# {"Sid":"DenyInsecureTransport","Effect":"Deny","Principal":"*","Action":"s3:*",',
        '#  "Resource":["arn:aws:s3:::<bucket>","arn:aws:s3:::<bucket>/*"],',
        '#  "Condition":{"Bool":{"aws:SecureTransport":"false"}}}',
      ]),
      terraform: bucketPolicyTerraform([
        'sid       = "DenyInsecureTransport"',
        'effect    = "Deny"',
        'actions   = ["s3:*"]',
        'resources = [aws_s3_bucket.this.arn, "${aws_s3_bucket.this.arn}/*"]',
        'principals {',
        '  type        = "*"',
        '  identifiers = ["*"]',
        '}',
        'condition {',
        '  test     = "Bool"',
        '  variable = "aws:SecureTransport"',
        '  values   = ["false"]',
        '}',
      ]),
    },
    references: [
      'https://docs.aws.amazon.com/AmazonS3/latest/userguide/security-best-practices.html',
      'https://docs.aws.amazon.com/config/latest/developerguide/s3-bucket-ssl-requests-only.html',
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html#condition-keys-securetransport',
    ],
    compliance: { 'cis-aws-3.0.0': ['2.1.1'], 'cis-aws-5.0.0': ['2.1.1'] },
    settings: {},
  },
  evaluate(bucket) {
    const policy = bucket.policy;
    if (policy.state === 'error') return unknownBecause(bucket.arn, `whether the policy of bucket ${bucket.name} enforces TLS`, policy);
    if (policy.state === 'absent') {
      return fail(bucket.arn, `Bucket ${bucket.name} has no bucket policy, so it accepts requests over plain HTTP`, { policy: 'absent' });
    }

    const { coverage, nearMisses, tlsVersionFloors } = assessTlsEnforcement(bucket.arn, policy.value);
    const evidence: Record<string, unknown> = { coverage };
    if (nearMisses.length > 0) evidence.nearMisses = nearMisses;
    if (tlsVersionFloors.length > 0) evidence.tlsVersionFloors = tlsVersionFloors;
    const unprotected = coverage.filter((c) => c.deniedBy === undefined).map((c) => c.target);
    if (unprotected.length === 0) {
      const by = [...new Set(coverage.map((c) => c.deniedBy))].join(', ');
      return pass(bucket.arn, `The policy of bucket ${bucket.name} denies requests without TLS (statement ${by})`, evidence);
    }
    const why = nearMisses.map((m) => `statement ${m.statement} ${m.reason}`);
    const detail = why.length > 0 ? `; ${why.join('; ')}` : '';
    return fail(bucket.arn, `The policy of bucket ${bucket.name} does not deny plain-HTTP requests to ${unprotected.join(' and ')}${detail}`, evidence);
  },
});
