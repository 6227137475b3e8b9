/**
 * The ExternalId closes the confused-deputy hole (SECURITY.md A1): CSPMEXA assumes a customer's role only with the
 * ExternalId of the organization that registered it, so tenant B registering tenant A's role ARN gets AccessDenied.
 */
import crypto from 'node:crypto';

/** 192 random bits (above the 128 required), in the character set STS accepts for ExternalId. */
export function generateExternalId(): string {
  return crypto.randomBytes(24).toString('base64url');
}

/** Placeholder principal until the deployment's own AWS principal is configured. */
export const DEFAULT_TRUSTED_PRINCIPAL = 'arn:aws:iam::<CSPMEXA_AWS_ACCOUNT_ID>:root';

/** The trust policy the customer attaches to the read-only role (with SecurityAudit + ViewOnlyAccess, A2). */
export function trustPolicy(externalId: string, trustedPrincipalArn: string): string {
  const policy = {
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Principal: { AWS: trustedPrincipalArn },
        Action: 'sts:AssumeRole',
        Condition: { StringEquals: { 'sts:ExternalId': externalId } },
      },
    ],
  };
  return JSON.stringify(policy, null, 2);
}
