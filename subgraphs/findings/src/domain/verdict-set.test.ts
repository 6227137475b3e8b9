import { describe, expect, it } from 'vitest';
import type { CheckResult } from './evaluate';
import { VerdictSet, type CheckFacts } from './verdict-set';

const versioning: CheckFacts = { id: 's3_bucket_object_versioning', shortId: 'S3-09', severity: 'MEDIUM', title: 'S3 bucket has versioning enabled', service: 's3' };
const publicAccess: CheckFacts = { id: 's3_bucket_public_access', shortId: 'S3-03', severity: 'CRITICAL', title: 'S3 bucket is not publicly accessible', service: 's3' };
const arn = (name: string) => `arn:aws:s3:::${name}`;
const bucket = (id: string, accountId = '111122223333', region = 'eu-west-1') => ({ id, resource: { accountId, region, arn: arn(id) } });
const key = (check: CheckFacts, name: string) => ({ checkId: check.id, resourceArn: arn(name), accountId: '111122223333', region: 'eu-west-1' });

/** The same verdicts into a set with a map by ARN and one without (distinct origin ARNs): both must agree. */
function bothWays(adds: (set: VerdictSet) => void, size: number): { withMap: VerdictSet; without: VerdictSet } {
  const withMap = new VerdictSet();
  const without = new VerdictSet(16, undefined, true);
  adds(withMap);
  adds(without);
  expect(withMap.size).toBe(size);
  expect(without.size).toBe(size);
  for (let i = 0; i < size; i++) expect(without.result(i)).toEqual(withMap.result(i));
  return { withMap, without };
}

describe('VerdictSet', () => {
  it('keeps one verdict per key, the worst, in order of first appearance, and counts every verdict received; only a FAIL keeps its message', () => {
    const b1 = bucket('inv-1');
    const b2 = bucket('inv-2');
    const set = new VerdictSet();
    set.add(versioning, b1, 'PASS', arn('b1'), 'versioned');
    set.add(publicAccess, b1, 'UNKNOWN', arn('b1'), 'ACL unreadable');
    set.add(publicAccess, b1, 'FAIL', arn('b1'), 'public through its ACL');
    set.add(publicAccess, b1, 'PASS', arn('b1'), 'policy is private');
    set.add(versioning, b2, 'FAIL', arn('b2'), 'not versioned');
    set.add(publicAccess, b2, 'UNKNOWN', arn('b2'), 'policy unreadable');
    expect(set.received).toBe(6);
    expect(set.size).toBe(4);
    expect([0, 1, 2, 3].map((i) => [set.checkId(i), set.status(i), set.result(i).message])).toEqual([
      ['s3_bucket_object_versioning', 'PASS', ''],
      ['s3_bucket_public_access', 'FAIL', 'public through its ACL'],
      ['s3_bucket_object_versioning', 'FAIL', 'not versioned'],
      ['s3_bucket_public_access', 'UNKNOWN', ''],
    ]);
  });

  it('finds the key of an ARN seen earlier, after verdicts about other ARNs', () => {
    const set = new VerdictSet();
    set.add(publicAccess, bucket('a'), 'PASS', arn('a'), '');
    set.add(publicAccess, bucket('b'), 'PASS', arn('b'), '');
    set.add(versioning, bucket('a'), 'PASS', arn('a'), '');
    set.add(publicAccess, bucket('a'), 'FAIL', arn('a'), 'public');
    expect(set.size).toBe(3);
    expect(set.result(0)).toMatchObject({ resourceArn: arn('a'), checkId: publicAccess.id, status: 'FAIL', message: 'public' });
    expect(set.indexOf({ checkId: versioning.id, resourceArn: arn('a'), accountId: '111122223333', region: 'eu-west-1' })).toBe(2);
  });

  it('tells apart the same check and ARN in two accounts or regions, and finds each by its key parts', () => {
    const set = new VerdictSet();
    set.add(publicAccess, bucket('a'), 'FAIL', arn('shared'), 'a');
    set.add(publicAccess, bucket('b', '444455556666'), 'FAIL', arn('shared'), 'b');
    set.add(publicAccess, bucket('c', '111122223333', 'us-east-1'), 'PASS', arn('shared'), 'c');
    expect(set.size).toBe(3);
    const key = { checkId: publicAccess.id, resourceArn: arn('shared'), accountId: '444455556666', region: 'eu-west-1' };
    expect(set.indexOf(key)).toBe(1);
    expect(set.indexOf({ ...key, accountId: '999999999999' })).toBe(-1);
    expect(set.indexOf({ ...key, checkId: versioning.id })).toBe(-1);
    expect(set.accountIds().sort()).toEqual(['111122223333', '444455556666']);
  });

  it('treats two facts objects with one check id as one check, each verdict keeping the facts it came with', () => {
    const renamed = { ...publicAccess, title: 'Renamed', severity: 'LOW' as const };
    const set = new VerdictSet();
    set.add(publicAccess, bucket('x'), 'PASS', arn('x'), '');
    set.add(renamed, bucket('x'), 'FAIL', arn('x'), 'public');
    expect(set.size).toBe(1);
    expect(set.result(0)).toMatchObject({ checkId: publicAccess.id, title: 'Renamed', severity: 'LOW', status: 'FAIL' });
  });

  it('grows past the room it was given without losing or mixing up verdicts', () => {
    const set = new VerdictSet(16);
    for (let i = 0; i < 5000; i++) set.add(i % 2 ? versioning : publicAccess, bucket(`inv-${i}`), i % 3 ? 'PASS' : 'FAIL', arn(`b${i}`), `m${i}`);
    expect(set.size).toBe(5000);
    expect(set.result(4998)).toMatchObject({ resourceId: 'inv-4998', resourceArn: arn('b4998'), checkId: publicAccess.id, status: 'FAIL', message: 'm4998' });
    expect(set.result(4997)).toMatchObject({ resourceId: 'inv-4997', checkId: versioning.id, status: 'PASS', message: '' });
    expect(set.result(4995)).toMatchObject({ resourceId: 'inv-4995', checkId: versioning.id, status: 'FAIL', message: 'm4995' });
    expect(set.indexOf({ checkId: versioning.id, resourceArn: arn('b4999'), accountId: '111122223333', region: 'eu-west-1' })).toBe(4999);
  });

  it('round-trips rows made elsewhere (VerdictSet.of), a pass without its message', () => {
    const row: CheckResult = { checkId: publicAccess.id, shortId: 'S3-03', severity: 'CRITICAL', title: publicAccess.title, service: 's3', resourceId: 'inv-1', resourceArn: arn('b1'), accountId: '111122223333', region: 'eu-west-1', status: 'FAIL', message: 'public' };
    const set = VerdictSet.of([row, { ...row, checkId: versioning.id, status: 'PASS', message: 'versioned' }]);
    expect(set.result(0)).toEqual(row);
    expect(set.result(1)).toMatchObject({ checkId: versioning.id, status: 'PASS', message: '' });
  });

  it('asks for a failure\'s message when it is read, with the verdict\'s facts, origin and ARN, and keeps none', () => {
    const asked: string[] = [];
    const set = new VerdictSet(16, (facts, origin, resourceArn) => {
      asked.push(`${facts.id} ${origin.id} ${resourceArn}`);
      return `remade for ${origin.id}`;
    });
    set.add(versioning, bucket('a'), 'FAIL', arn('a'), 'kept nowhere');
    set.add(publicAccess, bucket('a'), 'PASS', arn('a'), 'private');
    set.add(publicAccess, bucket('b'), 'UNKNOWN', arn('b'), 'ACL unreadable');
    expect(asked).toEqual([]);
    expect([0, 1, 2].map((i) => set.result(i).message)).toEqual(['remade for a', '', '']);
    expect(asked).toEqual([`${versioning.id} a ${arn('a')}`]);
  });

  it('refuses more (account, region) pairs than a slot can number, naming the limit', () => {
    const set = new VerdictSet();
    for (let r = 0; r <= 0xffff; r++) set.add(versioning, bucket(`b${r}`, '111122223333', `region-${r}`), 'PASS', arn(`b${r}`), '');
    expect(set.size).toBe(0x10000);
    expect(() => set.add(versioning, bucket('one-more', '111122223333', 'region-x'), 'PASS', arn('one-more'), '')).toThrow(
      'A VerdictSet holds at most 65536 (account, region) pairs',
    );
  });

  it('finds the same keys without a map by ARN (origins with distinct ARNs) as with one, making the map when first needed', () => {
    const adds = (set: VerdictSet) => {
      const [a, b, c, d] = ['a', 'b', 'c', 'd'].map((id) => bucket(id));
      set.add(publicAccess, a!, 'FAIL', arn('a'), 'a public');
      set.add(versioning, a!, 'PASS', arn('a'), '');
      set.add(publicAccess, b!, 'PASS', arn('b'), '');
      set.add(versioning, b!, 'UNKNOWN', arn('b'), '');
      set.add(publicAccess, b!, 'FAIL', arn('b'), 'b public');
      // About another resource's ARN: the set makes its map from the chains so far and keeps it.
      set.add(versioning, c!, 'FAIL', arn('a'), 'a not versioned, seen from c');
      set.add(publicAccess, c!, 'PASS', arn('c'), '');
      set.add(publicAccess, d!, 'UNKNOWN', arn('d'), '');
    };
    const { withMap, without } = bothWays(adds, 6);
    expect(without.result(1)).toMatchObject({ resourceArn: arn('a'), checkId: versioning.id, status: 'FAIL', resourceId: 'c' });
    for (const [check, name] of [[publicAccess, 'a'], [versioning, 'a'], [publicAccess, 'b'], [versioning, 'b'], [publicAccess, 'c'], [publicAccess, 'd'], [versioning, 'd']] as const) {
      expect(without.indexOf(key(check, name)), `${check.id} ${name}`).toBe(withMap.indexOf(key(check, name)));
    }
  });

  it('keeps a resource\'s verdicts apart from the previous resource\'s when its first verdict is about that resource\'s ARN', () => {
    const adds = (set: VerdictSet) => {
      const [a, b] = ['a', 'b'].map((id) => bucket(id));
      set.add(publicAccess, a!, 'FAIL', arn('a'), 'a public');
      // b's first verdict is about a (as the previous verdict was), then b's own come.
      set.add(versioning, b!, 'FAIL', arn('a'), 'a not versioned, seen from b');
      set.add(publicAccess, b!, 'PASS', arn('b'), '');
      set.add(versioning, b!, 'PASS', arn('b'), '');
    };
    const { without } = bothWays(adds, 4);
    expect(without.status(without.indexOf(key(publicAccess, 'a')))).toBe('FAIL');
    expect(without.status(without.indexOf(key(publicAccess, 'b')))).toBe('PASS');
  });

  it('finds keys by ARN when every verdict was about its own resource (the map made by the first lookup), and keeps deduplicating after', () => {
    const set = new VerdictSet(16, undefined, true);
    set.add(publicAccess, bucket('a'), 'PASS', arn('a'), '');
    set.add(versioning, bucket('a'), 'FAIL', arn('a'), 'not versioned');
    set.add(publicAccess, bucket('b'), 'FAIL', arn('b'), 'public');
    expect(set.indexOf(key(versioning, 'a'))).toBe(1);
    expect(set.indexOf(key(publicAccess, 'b'))).toBe(2);
    expect(set.indexOf(key(versioning, 'b'))).toBe(-1);
    const c = bucket('c');
    set.add(publicAccess, c, 'PASS', arn('c'), '');
    set.add(publicAccess, c, 'FAIL', arn('a'), 'a public, seen from c');
    expect(set.size).toBe(4);
    expect(set.result(0)).toMatchObject({ resourceArn: arn('a'), status: 'FAIL', resourceId: 'c' });
    expect(set.indexOf(key(publicAccess, 'c'))).toBe(3);
  });

  it('keeps the ARN of a verdict about something other than its resource, and the key when a worse verdict about the resource itself takes it', () => {
    const set = new VerdictSet();
    const account = { id: 'acct', resource: { accountId: '111122223333', region: 'eu-west-1', arn: 'arn:aws::111122223333:account' } };
    set.add(publicAccess, account, 'PASS', arn('x'), '');
    set.add(publicAccess, bucket('x'), 'FAIL', arn('x'), 'public');
    set.add(versioning, account, 'FAIL', arn('y'), 'not versioned');
    expect(set.result(0)).toMatchObject({ resourceId: 'x', resourceArn: arn('x'), status: 'FAIL', message: 'public' });
    expect(set.result(1)).toMatchObject({ resourceId: 'acct', resourceArn: arn('y'), status: 'FAIL' });
    const probe = { accountId: '', region: '', checkId: '', resourceArn: '' };
    expect(set.keyParts(1, probe).resourceArn).toBe(arn('y'));
    expect(set.indexOf({ checkId: versioning.id, resourceArn: arn('y'), accountId: '111122223333', region: 'eu-west-1' })).toBe(1);
  });
});
