import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { openSecret, sealSecret } from './secret-box';
import { loadSecrets } from './secrets';
import { testConfig } from './testing';

const key = crypto.randomBytes(32);

describe('secret box', () => {
  it('seals to ciphertext that opens only with the same key and associated data', () => {
    const sealed = sealSecret(key, 'org-1:row-1', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYzEXAMPLE');
    expect(sealed).toMatch(/^v1\.[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(sealed).not.toContain('wJalrXUtnFEMI');
    expect(openSecret(key, 'org-1:row-1', sealed)).toBe('wJalrXUtnFEMI/K7MDENG/bPxRfiCYzEXAMPLE');
    expect(() => openSecret(crypto.randomBytes(32), 'org-1:row-1', sealed)).toThrow();
    expect(() => openSecret(key, 'org-2:row-1', sealed)).toThrow();
  });

  it('uses a fresh IV each time and refuses tampered or foreign formats', () => {
    const a = sealSecret(key, 'x', 'same');
    expect(sealSecret(key, 'x', 'same')).not.toBe(a);
    const [v, iv, tag, ct] = a.split('.');
    const flipped = Buffer.from(ct!, 'base64url');
    flipped[0] = (flipped[0] ?? 0) ^ 1;
    expect(() => openSecret(key, 'x', [v, iv, tag, flipped.toString('base64url')].join('.'))).toThrow();
    expect(() => openSecret(key, 'x', `v2.${iv}.${tag}.${ct}`)).toThrow('unknown sealed secret format');
  });
});

describe('loadSecrets', () => {
  it('A3 generates a credentials key of its own into the data folder, and requires it with DATABASE_URL', () => {
    const config = testConfig();
    const first = loadSecrets(config);
    expect(first.credentialsEncryptionKey).toHaveLength(32);
    expect(first.credentialsEncryptionKey.equals(first.mfaEncryptionKey)).toBe(false);
    expect(loadSecrets(config).credentialsEncryptionKey.equals(first.credentialsEncryptionKey)).toBe(true);
    const configured = crypto.randomBytes(32);
    expect(loadSecrets(testConfig({ CREDENTIALS_ENCRYPTION_KEY: configured.toString('base64') })).credentialsEncryptionKey.equals(configured)).toBe(true);
    expect(() => loadSecrets(testConfig({ DATABASE_URL: 'postgres://u@h/db', MFA_ENCRYPTION_KEY: configured.toString('base64') }))).toThrow(
      /CREDENTIALS_ENCRYPTION_KEY: required when DATABASE_URL is set/,
    );
  });
});
