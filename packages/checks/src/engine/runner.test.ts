import { ok, type InventoryResource, type S3Account, type S3Bucket } from '@cspmexa/resources';
import { describe, expect, it } from 'vitest';
import { ALL_USERS_URI } from '../aws/s3/lib/acl';
import { accessDenied, ALL_BLOCKED, NONE_BLOCKED, OWNER_CANONICAL_ID, s3Bucket } from '../aws/s3/lib/bucket-fixture';
import type { EvaluationContext } from './context';
import { defineCheck, type AnyCheck } from './define-check';
import { allChecks } from './registry';
import { fail, pass } from './result';
import { forEachVerdict, prepareRun, runChecks } from './runner';
import { atLeast } from './status';
import { testMetadata } from './test-metadata.fixture';

const item = (id: string, overrides: Partial<S3Bucket> = {}): InventoryResource => ({
  id,
  resource: s3Bucket({ name: id, ...overrides }),
});
const publicBucket = (id: string, accountId: string) =>
  item(id, {
    accountId,
    publicAccessBlock: ok(NONE_BLOCKED),
    acl: ok({ ownerId: OWNER_CANONICAL_ID, grants: [{ grantee: { type: 'Group', uri: ALL_USERS_URI }, permission: 'READ' }] }),
  });

describe('runChecks', () => {
  it('runs every registered check on a bucket and returns flat rows with check and inventory fields', () => {
    const results = runChecks([item('inv-1')]);
    const bucketChecks = allChecks.filter((c) => c.metadata.resourceKind === 'aws.s3.bucket');
    expect(results.map((r) => r.checkId).sort()).toEqual(bucketChecks.map((c) => c.metadata.id).sort());
    const versioning = results.find((r) => r.shortId === 'S3-09');
    expect(versioning).toEqual({
      checkId: 's3_bucket_object_versioning',
      shortId: 'S3-09',
      severity: 'MEDIUM',
      title: 'S3 bucket has versioning enabled',
      service: 's3',
      resourceId: 'inv-1',
      resourceArn: 'arn:aws:s3:::inv-1',
      accountId: '111122223333',
      region: 'eu-west-1',
      status: 'PASS',
      message: 'Versioning is enabled on bucket inv-1',
      evidence: { status: 'Enabled' },
    });
  });

  it('leaves evidence out of the rows when asked (callers that store verdicts only), the verdicts unchanged', () => {
    const full = runChecks([item('inv-1')]);
    const lean = runChecks([item('inv-1')], { evidence: false });
    expect(full.some((r) => r.evidence !== undefined)).toBe(true);
    expect(lean.every((r) => r.evidence === undefined)).toBe(true);
    expect(lean).toEqual(full.map((r) => ({ ...r, evidence: undefined })));
  });

  it('hands every verdict to a visitor as it is made, with its check and resource (the rows runChecks collects)', () => {
    const items = [item('inv-1'), publicBucket('inv-2', '444455556666')];
    const seen: { checkId: string; resourceId: string; status: string; message: string }[] = [];
    forEachVerdict(items, (check, resource, e) => seen.push({ checkId: check.metadata.id, resourceId: resource.id, status: e.status, message: e.message }));
    expect(seen).toEqual(runChecks(items).map((r) => ({ checkId: r.checkId, resourceId: r.resourceId, status: r.status, message: r.message })));
    expect(seen.some((v) => v.resourceId === 'inv-2' && v.status === 'FAIL')).toBe(true);
  });

  it('makes one check\'s verdicts on one resource again, the ones the run gave, with the run\'s context', () => {
    const items = [item('inv-1'), publicBucket('inv-2', '444455556666')];
    const run = prepareRun(items, { now: new Date('2026-01-01T00:00:00Z') });
    const given = new Map<string, unknown[]>();
    run.forEachVerdict((check, resource, e) => {
      const key = `${check.metadata.id} ${resource.id}`;
      given.set(key, [...(given.get(key) ?? []), e]);
    });
    for (const check of allChecks.filter((c) => c.metadata.resourceKind === 'aws.s3.bucket')) {
      for (const resource of items) {
        expect(run.evaluate(check.metadata.id, resource), `${check.metadata.id} ${resource.id}`).toEqual(given.get(`${check.metadata.id} ${resource.id}`));
      }
    }
  });

  it('refuses to evaluate a check that is not part of the run', () => {
    const [first, second] = allChecks.filter((c) => c.metadata.resourceKind === 'aws.s3.bucket');
    const run = prepareRun([item('inv-1')], { checks: [first!] });
    expect(() => run.evaluate(second!.metadata.id, item('inv-1'))).toThrow(`Check ${second!.metadata.id} is not part of this run`);
  });

  it('skips checks below minSeverity', () => {
    const results = runChecks([item('inv-1')], { minSeverity: 'HIGH' });
    // Derived from the registry so that adding a check does not break this test; S3-09 (MEDIUM) anchors the cut.
    const highOrAbove = allChecks
      .filter((c) => c.metadata.resourceKind === 'aws.s3.bucket' && atLeast(c.metadata.severity, 'HIGH'))
      .map((c) => c.metadata.shortId);
    expect(new Set(results.map((r) => r.shortId))).toEqual(new Set(highOrAbove));
    expect(highOrAbove).toEqual(expect.arrayContaining(['S3-02', 'S3-03']));
    expect(results.map((r) => r.shortId)).not.toContain('S3-09');
  });

  it('gives each account its own context', () => {
    const results = runChecks([publicBucket('a', '111111111111'), publicBucket('b', '222222222222')], {
      accounts: { '111111111111': { s3PublicAccessBlock: ok(ALL_BLOCKED) } },
    });
    const publicAccess = results.filter((r) => r.checkId === 's3_bucket_public_access');
    expect(publicAccess.map((r) => [r.resourceId, r.status])).toEqual([
      ['a', 'PASS'],
      ['b', 'FAIL'],
    ]);
  });

  it("reads each account's context from the scan's own S3 account resource when none is given", () => {
    const s3Account = (accountId: string, publicAccessBlock: S3Account['publicAccessBlock']): InventoryResource => ({
      id: `s3-account-${accountId}`,
      resource: { kind: 'aws.s3.account', arn: `arn:aws:s3:::account/${accountId}`, name: accountId, accountId, region: 'global', publicAccessBlock },
    });
    const results = runChecks([
      s3Account('111111111111', ok(ALL_BLOCKED)),
      s3Account('222222222222', accessDenied('s3control:GetPublicAccessBlock')),
      publicBucket('neutralized', '111111111111'),
      publicBucket('unreadable-account-setting', '222222222222'),
      publicBucket('no-account-resource', '333333333333'),
    ]);
    const publicAccess = results.filter((r) => r.checkId === 's3_bucket_public_access');
    expect(publicAccess.map((r) => [r.resourceId, r.status])).toEqual([
      ['neutralized', 'PASS'],
      // The bucket grants AllUsers and the account setting that might neutralize it could not be read.
      ['unreadable-account-setting', 'UNKNOWN'],
      ['no-account-resource', 'FAIL'],
    ]);
  });

  it('applies per-check settings overrides and rejects unknown check ids', () => {
    const bucket = item('kms', { encryption: ok({ rules: [{ sseAlgorithm: 'aws:kms' }] }) });
    const strict = runChecks([bucket], { settings: { s3_bucket_kms_encryption: { allowedAlgorithms: ['aws:kms:dsse'] } } });
    expect(strict.find((r) => r.shortId === 'S3-08')?.status).toBe('FAIL');
    expect(() => runChecks([bucket], { settings: { no_such_check: {} } })).toThrow(/unknown checks: no_such_check/);
  });

  it('flattens checks that return several verdicts per resource', () => {
    const perRule = defineCheck({
      metadata: testMetadata(),
      evaluate: (b) => [pass(`${b.arn}/rule-1`, 'fine'), fail(`${b.arn}/rule-2`, 'open')],
    });
    const results = runChecks([item('x'), item('y')], { checks: [perRule as AnyCheck] });
    expect(results.map((r) => [r.resourceId, r.resourceArn, r.status])).toEqual([
      ['x', 'arn:aws:s3:::x/rule-1', 'PASS'],
      ['x', 'arn:aws:s3:::x/rule-2', 'FAIL'],
      ['y', 'arn:aws:s3:::y/rule-1', 'PASS'],
      ['y', 'arn:aws:s3:::y/rule-2', 'FAIL'],
    ]);
  });

  it('turns a throwing check into UNKNOWN for that resource and keeps going', () => {
    const fragile = defineCheck({
      metadata: testMetadata(),
      evaluate: (b) => {
        if (b.name === 'bad') throw new Error('boom');
        return pass(b.arn, 'fine');
      },
    });
    const results = runChecks([item('bad'), item('good')], { checks: [fragile as AnyCheck] });
    expect(results.map((r) => [r.resourceId, r.status])).toEqual([
      ['bad', 'UNKNOWN'],
      ['good', 'PASS'],
    ]);
    expect(results[0]?.message).toBe('Check test_bucket_check could not evaluate: boom');
  });

  it('builds one context per check and account, shared by that account\'s resources', () => {
    const seen: EvaluationContext[] = [];
    const spy = defineCheck({
      metadata: testMetadata(),
      evaluate: (b, ctx) => {
        seen.push(ctx);
        return pass(b.arn, 'fine');
      },
    });
    runChecks([item('a1'), item('a2'), item('b1', { accountId: '999999999999' })], { checks: [spy as AnyCheck] });
    expect(seen[0]).toBe(seen[1]);
    expect(seen[2]).not.toBe(seen[0]);
  });

  it('gives every context of a run the same now: the given one, else one Date taken at the start', () => {
    const seen: Date[] = [];
    const clock = defineCheck({
      metadata: testMetadata(),
      evaluate: (b, ctx) => {
        seen.push(ctx.now);
        return pass(b.arn, 'fine');
      },
    });
    const pinned = new Date('2025-01-01T00:00:00Z');
    runChecks([item('a'), item('b', { accountId: '999999999999' })], { checks: [clock as AnyCheck], now: pinned });
    expect(seen).toEqual([pinned, pinned]);
    seen.length = 0;
    runChecks([item('a'), item('b', { accountId: '999999999999' })], { checks: [clock as AnyCheck] });
    expect(seen[0]).toBeInstanceOf(Date);
    expect(seen[1]).toBe(seen[0]);
  });

  it('returns nothing for an empty inventory', () => {
    expect(runChecks([])).toEqual([]);
  });
});
