import type { IamServerCertificate } from '@cspmexa/resources';
import { ACCOUNT_ID, daysAgo } from './iam-fixture';

/** A certificate that expires in a year unless overridden. */
export function serverCertificate(overrides: Partial<IamServerCertificate> = {}): IamServerCertificate {
  const serverCertificateName = overrides.serverCertificateName ?? 'www-example-com';
  return {
    kind: 'aws.iam.server_certificate',
    arn: `arn:aws:iam::${ACCOUNT_ID}:server-certificate/${serverCertificateName}`,
    name: serverCertificateName,
    accountId: ACCOUNT_ID,
    region: 'global',
    serverCertificateName,
    uploadDate: daysAgo(30),
    expiration: daysAgo(-365),
    ...overrides,
  };
}
