import crypto from 'node:crypto';
import { AppError } from '@cspmexa/server-kit';
import { describe, expect, it } from 'vitest';
import { openAccessKeys, sealAccessKeys } from './access-keys';
import { addAwsAccountInput, connectionInput, validInput } from './account-input';

const keyId = `AKIA${'Q'.repeat(16)}`;
const secret = 'abcdEFGH1234/+=abcdEFGH1234/+=abcdEFGH12';

function fieldOf(schema: Parameters<typeof validInput>[0], raw: unknown): string | undefined {
  try {
    validInput(schema, raw);
    return undefined;
  } catch (err) {
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).message).not.toContain(secret);
    return (err as AppError).extensions?.field as string | undefined;
  }
}

describe('account input: each auth method takes exactly its own fields', () => {
  it('accepts each method with its fields', () => {
    expect(validInput(addAwsAccountInput, { name: 'K', authMethod: 'ACCESS_KEYS', accessKeyId: keyId, secretAccessKey: secret })).toMatchObject({ accessKeyId: keyId });
    expect(validInput(connectionInput, { authMethod: 'ASSUME_ROLE', roleArn: 'arn:aws:iam::123456789012:role/R' }).roleArn).toBe('arn:aws:iam::123456789012:role/R');
    expect(validInput(connectionInput, { authMethod: 'DEFAULT_CHAIN' }).authMethod).toBe('DEFAULT_CHAIN');
  });

  it('refuses missing or foreign fields, naming the field and never echoing a secret', () => {
    expect(fieldOf(addAwsAccountInput, { name: 'K', authMethod: 'ACCESS_KEYS', accessKeyId: keyId })).toBe('secretAccessKey');
    expect(fieldOf(addAwsAccountInput, { name: 'K', authMethod: 'ACCESS_KEYS', accessKeyId: 'short', secretAccessKey: secret })).toBe('accessKeyId');
    expect(fieldOf(addAwsAccountInput, { name: 'R', authMethod: 'ASSUME_ROLE', roleArn: 'arn:aws:iam::123456789012:role/R', secretAccessKey: secret })).toBe('accessKeyId');
    expect(fieldOf(connectionInput, { authMethod: 'DEFAULT_CHAIN', roleArn: 'arn:aws:iam::123456789012:role/R' })).toBe('roleArn');
  });
});

describe('sealed access keys (A3)', () => {
  it('are ciphertext bound to their org and account, with only the last 4 of the key id in clear', () => {
    const key = crypto.randomBytes(32);
    const owner = { orgId: 'org-1', accountId: crypto.randomUUID() };
    const sealed = sealAccessKeys(key, owner, { accessKeyId: keyId, secretAccessKey: secret });
    expect(sealed.accessKeyIdLast4).toBe('QQQQ');
    expect(sealed.accessKeysSealed).not.toContain(keyId);
    expect(sealed.accessKeysSealed).not.toContain(secret);
    expect(openAccessKeys(key, owner, sealed.accessKeysSealed)).toEqual({ accessKeyId: keyId, secretAccessKey: secret });
    expect(() => openAccessKeys(key, { ...owner, orgId: 'org-2' }, sealed.accessKeysSealed)).toThrow();
  });
});
