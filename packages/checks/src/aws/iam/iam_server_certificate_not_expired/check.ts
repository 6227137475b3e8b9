import { defineCheck } from '../../../engine/define-check';
import { fail, pass, unknownMissingField } from '../../../engine/result';
import { IAM_REFERENCES } from '../lib/references';

export const check = defineCheck({
  metadata: {
    id: 'iam_server_certificate_not_expired',
    shortId: 'IAM-21',
    title: 'IAM server certificate has not expired',
    severity: 'HIGH',
    service: 'iam',
    resourceKind: 'aws.iam.server_certificate',
    description: 'Checks that the Expiration of every certificate in IAM (ListServerCertificates) is later than the run\'s now.',
    risk: 'An expired certificate left in IAM can be attached to a load balancer or CloudFront by mistake, breaking TLS for clients or training them to click through warnings.',
    remediation: {
      text: 'Delete expired server certificates from IAM, and move certificates to AWS Certificate Manager, which renews them.',
      cli: 'aws iam list-server-certificates\naws iam delete-server-certificate --server-certificate-name <name>',
      terraform: '# Remove the expired aws_iam_server_certificate; use aws_acm_certificate with DNS validation instead.',
    },
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_server-certs.html', IAM_REFERENCES.bestPractices],
    compliance: { 'cis-aws-3.0.0': ['1.19'], 'cis-aws-5.0.0': ['1.18'] },
    settings: {},
  },
  evaluate(certificate, { now }) {
    const label = `Server certificate ${certificate.serverCertificateName}`;
    const expiration = certificate.expiration === undefined ? Number.NaN : Date.parse(certificate.expiration);
    // ListServerCertificates always returns Expiration; an answer without one (or unparsable) is not "valid".
    if (Number.isNaN(expiration)) return unknownMissingField(certificate.arn, `when ${label} expires`, 'ListServerCertificates', 'expiration');
    return expiration <= now.getTime()
      ? fail(certificate.arn, `${label} expired on ${certificate.expiration}`, { expiration: certificate.expiration })
      : pass(certificate.arn, `${label} is valid until ${certificate.expiration}`, { expiration: certificate.expiration });
  },
});
