import { describe, expect, it } from 'vitest';
import { configFingerprint, diffConfig } from './config-diff';

const bucket = {
  kind: 'aws.s3.bucket',
  versioning: { state: 'ok', value: { status: 'Enabled' } },
  publicAccessBlock: { state: 'absent' },
  tags: { state: 'ok', value: { team: 'data' } },
};

describe('configFingerprint', () => {
  it('ignores key order', () => {
    expect(configFingerprint({ a: 1, b: { c: 2, d: 3 } })).toBe(configFingerprint({ b: { d: 3, c: 2 }, a: 1 }));
  });

  it('ignores activity timestamps and read-error details, not configuration', () => {
    const key = (lastUsed: string, active: boolean) => ({ accessKeys: [{ slot: 1, active, lastUsed: { state: 'date', at: lastUsed } }] });
    expect(configFingerprint(key('2025-01-01', true))).toBe(configFingerprint(key('2025-02-01', true)));
    expect(configFingerprint(key('2025-01-01', true))).not.toBe(configFingerprint(key('2025-01-01', false)));
    const denied = (message: string) => ({ acl: { state: 'error', api: 's3:GetBucketAcl', code: 'AccessDenied', message } });
    expect(configFingerprint(denied('request 1'))).toBe(configFingerprint(denied('request 2')));
  });
});

describe('diffConfig', () => {
  it('finds nothing between equal configs', () => {
    expect(diffConfig(bucket, structuredClone(bucket))).toEqual([]);
  });

  it('reports changed, added and removed paths with before and after', () => {
    const after = {
      ...bucket,
      versioning: { state: 'ok', value: { status: 'Suspended' } },
      publicAccessBlock: { state: 'ok', value: { blockPublicAcls: true } },
      tags: { state: 'ok', value: { owner: 'ana' } },
    };
    expect(diffConfig(bucket, after)).toEqual([
      { path: ['publicAccessBlock', 'state'], change: 'CHANGED', before: 'absent', after: 'ok' },
      { path: ['publicAccessBlock', 'value'], change: 'ADDED', after: { blockPublicAcls: true } },
      { path: ['tags', 'value', 'owner'], change: 'ADDED', after: 'ana' },
      { path: ['tags', 'value', 'team'], change: 'REMOVED', before: 'data' },
      { path: ['versioning', 'value', 'status'], change: 'CHANGED', before: 'Enabled', after: 'Suspended' },
    ]);
  });

  it('walks arrays of equal length by index and reports a resized array whole', () => {
    expect(diffConfig({ keys: [{ active: true }, { active: false }] }, { keys: [{ active: false }, { active: false }] })).toEqual([
      { path: ['keys', '0', 'active'], change: 'CHANGED', before: true, after: false },
    ]);
    expect(diffConfig({ ports: [22] }, { ports: [22, 3389] })).toEqual([{ path: ['ports'], change: 'CHANGED', before: [22], after: [22, 3389] }]);
  });

  it('does not report an unreadable part as a change', () => {
    const denied = { ...bucket, versioning: { state: 'error', api: 's3:GetBucketVersioning', code: 'AccessDenied', message: 'x' } };
    expect(diffConfig(bucket, denied)).toEqual([]);
    expect(diffConfig(denied, bucket)).toEqual([]);
  });
});
