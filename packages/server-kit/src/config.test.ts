import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';

describe('loadConfig', () => {
  it('applies the embedded defaults when nothing is set', () => {
    const c = loadConfig({});
    expect(c.GATEWAY_PORT).toBe(8050);
    expect(c.DATABASE_URL).toBeUndefined();
    expect(c.PGLITE_DIR.endsWith('/data/pglite')).toBe(true);
    expect(c.INVENTORY_URL).toBe('http://127.0.0.1:8001/graphql');
  });

  it('treats empty strings as unset', () => {
    expect(loadConfig({ DATABASE_URL: '', REDIS_URL: ' ' }).DATABASE_URL).toBeUndefined();
  });

  it('reports every bad variable at once, by name', () => {
    try {
      loadConfig({ GATEWAY_PORT: 'eighty', DATABASE_URL: 'mysql://x', ADMIN_PASSWORD: 'short', NODE_ENV: 'staging' });
      expect.unreachable('loadConfig accepted bad values');
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigError);
      const problems = (err as ConfigError).problems.join('\n');
      for (const name of ['GATEWAY_PORT', 'DATABASE_URL', 'ADMIN_PASSWORD', 'NODE_ENV']) expect(problems).toContain(name);
    }
  });

  it('accepts postgres and redis urls', () => {
    const c = loadConfig({ DATABASE_URL: 'postgres://u@h:5432/db', REDIS_URL: 'redis://127.0.0.1:6379' });
    expect(c.DATABASE_URL).toBe('postgres://u@h:5432/db');
    expect(c.REDIS_URL).toBe('redis://127.0.0.1:6379');
  });

  it('validates the AWS principal ARN and the credentials key', () => {
    expect(loadConfig({ AWS_PRINCIPAL_ARN: 'arn:aws:iam::111122223333:role/cspmexa-scanner' }).AWS_PRINCIPAL_ARN).toBe('arn:aws:iam::111122223333:role/cspmexa-scanner');
    expect(() => loadConfig({ AWS_PRINCIPAL_ARN: 'arn:aws:s3:::bucket' })).toThrow(/AWS_PRINCIPAL_ARN/);
    expect(() => loadConfig({ CREDENTIALS_ENCRYPTION_KEY: 'c2hvcnQ=' })).toThrow(/CREDENTIALS_ENCRYPTION_KEY: must be 32 bytes/);
  });
});
