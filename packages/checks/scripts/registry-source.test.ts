import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findCheckFolders, renderRegistry } from './registry-source';

const root = mkdtempSync(join(tmpdir(), 'checks-registry-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function touch(path: string): void {
  mkdirSync(join(root, path, '..'), { recursive: true });
  writeFileSync(join(root, path), '');
}

describe('findCheckFolders', () => {
  it('lists aws/<service>/<id> folders that contain check.ts, sorted, ignoring helpers', () => {
    touch('aws/s3/s3_b/check.ts');
    touch('aws/s3/s3_a/check.ts');
    touch('aws/ec2/ec2_x/check.ts');
    touch('aws/s3/lib/acl.ts');
    touch('aws/iam-policy/conditions.ts');
    expect(findCheckFolders(root)).toEqual(['aws/ec2/ec2_x', 'aws/s3/s3_a', 'aws/s3/s3_b']);
  });

  it('returns nothing when there is no aws folder', () => {
    expect(findCheckFolders(join(root, 'missing'))).toEqual([]);
  });
});

describe('renderRegistry', () => {
  it('imports each check under its id and lists it with its folder', () => {
    const text = renderRegistry(['aws/s3/s3_a']);
    expect(text).toContain("import { check as s3_a } from './aws/s3/s3_a/check';");
    expect(text).toContain("  { folder: 'aws/s3/s3_a', check: s3_a },");
    expect(text.endsWith('] as const;\n')).toBe(true);
  });

  it('refuses a folder name that is not a snake_case id', () => {
    expect(() => renderRegistry(['aws/s3/S3-Public'])).toThrow(/not a snake_case check id/);
  });
});
