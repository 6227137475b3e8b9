/**
 * The ExternalId closes the confused-deputy hole (SECURITY.md A1): CSPMEXA assumes a customer's role only with the
 * ExternalId of the organization that registered it, so tenant B registering tenant A's role ARN gets AccessDenied.
 */
import crypto from 'node:crypto';

/** 192 random bits (above the 128 required), in the character set STS accepts for ExternalId. */
export function generateExternalId(): string {
  return crypto.randomBytes(24).toString('base64url');
}
