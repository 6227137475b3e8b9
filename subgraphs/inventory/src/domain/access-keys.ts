/**
 * Static AWS access keys of ACCESS_KEYS accounts (SECURITY.md A3): write-only in the API, sealed at rest with
 * server-kit's secret box under CREDENTIALS_ENCRYPTION_KEY, bound to their org and account row (associated data),
 * opened only to build the credentials of one AWS session. Only the last 4 characters of the key id are shown.
 */
import { openSecret, sealSecret } from '@cspmexa/server-kit';
import { z } from 'zod';
import type { StaticAccessKeys } from '../aws/clients';

/** AWS key ids are 16-128 upper-case letters and digits; secrets are base64-ish, 40 characters today. */
export const accessKeyIdSchema = z.string().trim().regex(/^[A-Z0-9]{16,128}$/, 'Not an AWS access key id (16-128 upper-case letters and digits).');
export const secretAccessKeySchema = z.string().trim().regex(/^[A-Za-z0-9/+=]{16,128}$/, 'Not an AWS secret access key.');

const boundTo = (orgId: string, accountId: string) => `aws-access-keys:${orgId}:${accountId}`;

export function sealAccessKeys(key: Buffer, owner: { orgId: string; accountId: string }, keys: StaticAccessKeys): { accessKeysSealed: string; accessKeyIdLast4: string } {
  return {
    accessKeysSealed: sealSecret(key, boundTo(owner.orgId, owner.accountId), JSON.stringify({ accessKeyId: keys.accessKeyId, secretAccessKey: keys.secretAccessKey })),
    accessKeyIdLast4: keys.accessKeyId.slice(-4),
  };
}

export function openAccessKeys(key: Buffer, owner: { orgId: string; accountId: string }, sealed: string): StaticAccessKeys {
  const keys = JSON.parse(openSecret(key, boundTo(owner.orgId, owner.accountId), sealed)) as StaticAccessKeys;
  return { accessKeyId: keys.accessKeyId, secretAccessKey: keys.secretAccessKey };
}
