/**
 * Resource change history over GraphQL: a live account scanned through the S3 stand-in (change a bucket's
 * configuration between scans, delete a bucket), and SNAPSHOT accounts for what a PARTIAL scan may and may not
 * conclude. First seen, last seen, deleted, `Resource.history` and `resourceChanges`.
 */
import crypto from 'node:crypto';
import { DeleteBucketCommand, S3Client } from '@aws-sdk/client-s3';
import { STAND_IN_CREDENTIALS, startS3StandIn, type S3StandIn } from '@cspmexa/aws-local';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scanOutcome, startHarness, user, type Harness } from './support/harness';
import { bucketEntry, gzipJson, snapshotOf, uploadFile } from './support/snapshot-files';
import { pointAwsAtStandIn } from './support/stand-in-env';

const ORG = `org-history-${crypto.randomUUID()}`;
const AWS_ACCOUNT = '210987654322';
const START = `mutation($id: ID!) { startScan(accountId: $id) { id } }`;
const HISTORY = `query($id: ID!) { resource(id: $id) { id deletedAt firstSeenAt lastSeenAt history { totalCount edges { node { changeType arn kind region changeCount scan { id } changes { path change before after } } } } } }`;
const CHANGES = `query($filter: ResourceChangeFilter) { resourceChanges(filter: $filter, first: 100) { totalCount edges { node { changeType arn resource { id name } scan { id } changes { path change before after } } } } }`;

let standIn: S3StandIn;
let h: Harness;
let restoreEnv: () => void = () => undefined;
const admin = user(ORG);

beforeAll(async () => {
  standIn = await startS3StandIn({
    accountId: AWS_ACCOUNT,
    buckets: { assets: { tags: { team: 'web' } }, archive: {}, 'to-delete': {} },
  });
  restoreEnv = pointAwsAtStandIn(standIn);
  h = await startHarness();
});

afterAll(async () => {
  await h?.close();
  await standIn?.close();
  restoreEnv();
});

async function scan(accountId: string) {
  const started = await h.gql(admin, START, { id: accountId });
  expect(started.errors).toBeUndefined();
  return scanOutcome(h, admin, started.data?.startScan.id);
}

async function bucketId(name: string): Promise<string> {
  const res = await h.gql(admin, `query($t: String) { resources(filter: { text: $t, includeDeleted: true }) { edges { node { id name } } } }`, { t: name });
  return res.data?.resources.edges.find((e: { node: { name: string } }) => e.node.name === name).node.id;
}

describe('change history of a live account', () => {
  let accountId: string;
  let firstScan: string;

  it('records no changes for the account\'s first scan (the baseline) nor for an unchanged rescan', async () => {
    const added = await h.gql(admin, `mutation { addAwsAccount(input: { name: "Live", authMethod: DEFAULT_CHAIN }) { id } }`);
    accountId = added.data?.addAwsAccount.id;
    firstScan = (await scan(accountId)).id;
    const rescan = await scan(accountId);
    expect(rescan.status).toBe('COMPLETED');
    const all = await h.gql(admin, CHANGES, { filter: { accountId } });
    expect(all.errors).toBeUndefined();
    expect(all.data?.resourceChanges.totalCount).toBe(0);
  });

  it('records one MODIFIED entry with the changed paths and their before/after values', async () => {
    standIn.configure('assets', { versioning: { status: 'Enabled' }, tags: { team: 'web', env: 'prod' } });
    const changed = await scan(accountId);
    const res = await h.gql(admin, CHANGES, { filter: { scanId: changed.id } });
    expect(res.data?.resourceChanges.totalCount).toBe(1);
    const [{ node }] = res.data?.resourceChanges.edges;
    expect(node).toMatchObject({ changeType: 'MODIFIED', arn: 'arn:aws:s3:::assets', resource: { name: 'assets' }, scan: { id: changed.id } });
    expect(node.changes).toEqual([
      { path: ['tags', 'value', 'env'], change: 'ADDED', before: null, after: 'prod' },
      { path: ['versioning', 'value', 'status'], change: 'ADDED', before: null, after: 'Enabled' },
    ]);

    const history = await h.gql(admin, HISTORY, { id: await bucketId('assets') });
    expect(history.data?.resource.history).toMatchObject({ totalCount: 1, edges: [{ node: { changeType: 'MODIFIED', kind: 'aws.s3.bucket', changeCount: 2 } }] });
    // The same rescan again: nothing new.
    const again = await scan(accountId);
    expect((await h.gql(admin, CHANGES, { filter: { scanId: again.id } })).data?.resourceChanges.totalCount).toBe(0);
  });

  it('marks a resource a COMPLETED scan no longer sees as deleted, and hides it from the default list', async () => {
    const s3 = new S3Client({ region: 'us-east-1', endpoint: standIn.endpoint, forcePathStyle: true, credentials: STAND_IN_CREDENTIALS });
    await s3.send(new DeleteBucketCommand({ Bucket: 'to-delete' }));
    s3.destroy();
    const deleting = await scan(accountId);
    expect(deleting.status).toBe('COMPLETED');
    const id = await bucketId('to-delete');
    const res = await h.gql(admin, HISTORY, { id });
    expect(res.data?.resource.deletedAt).not.toBeNull();
    expect(res.data?.resource.history.edges.map((e: { node: { changeType: string } }) => e.node.changeType)).toEqual(['DELETED']);

    const listed = await h.gql(admin, `{ live: resources(filter: { kind: "aws.s3.bucket" }) { totalCount } all: resources(filter: { kind: "aws.s3.bucket", includeDeleted: true }) { totalCount } }`);
    expect(listed.data).toEqual({ live: { totalCount: 2 }, all: { totalCount: 3 } });
    const deleted = await h.gql(admin, CHANGES, { filter: { changeTypes: ['DELETED'], accountId } });
    expect(deleted.data?.resourceChanges.edges.map((e: { node: { arn: string } }) => e.node.arn)).toEqual(['arn:aws:s3:::to-delete']);
  });

  it('pages the history newest first and scopes it to the organization', async () => {
    const page = await h.gql(admin, `query($f: ResourceChangeFilter) { resourceChanges(filter: $f, first: 1) { edges { node { changeType } } pageInfo { hasNextPage endCursor } } }`, { f: { accountId } });
    expect(page.data?.resourceChanges.edges).toEqual([{ node: { changeType: 'DELETED' } }]);
    const next = await h.gql(admin, `query($a: String) { resourceChanges(first: 5, after: $a) { edges { node { changeType } } pageInfo { hasNextPage } } }`, { a: page.data?.resourceChanges.pageInfo.endCursor });
    expect(next.data?.resourceChanges).toEqual({ edges: [{ node: { changeType: 'MODIFIED' } }], pageInfo: { hasNextPage: false } });
    const other = await h.gql(user(`other-${ORG}`), `{ resourceChanges { totalCount } }`);
    expect(other.data?.resourceChanges.totalCount).toBe(0);
    const bad = await h.gql(admin, `{ resourceChanges(first: 1, after: "nope") { totalCount } }`);
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('deletions a PARTIAL scan may not conclude', () => {
  it('keeps a resource hidden by a failed listing, deletes it once a complete scan misses it, and records its return', async () => {
    const upload = (resources: ReturnType<typeof bucketEntry>[], errors: { api: string; region: string; code: string; message: string }[] = []) =>
      uploadFile(h, admin, gzipJson(snapshotOf(resources, { errors })));
    const added = await h.gql(admin, `mutation($u: ID!) { addSnapshotAccount(input: { name: "Offline", uploadId: $u }) { id } }`, { u: await upload([bucketEntry('keep'), bucketEntry('maybe')]) });
    expect(added.errors).toBeUndefined();
    const accountId = added.data?.addSnapshotAccount.id;
    const replace = async (uploadId: string) => {
      await eventuallyIdle(accountId);
      const res = await h.gql(admin, `mutation($a: ID!, $u: ID!) { replaceAccountSnapshot(accountId: $a, uploadId: $u) { id lastScan { id } } }`, { a: accountId, u: uploadId });
      expect(res.errors).toBeUndefined();
      return scanOutcome(h, admin, res.data?.replaceAccountSnapshot.lastScan.id);
    };
    const maybeId = async () => {
      const res = await h.gql(admin, `query($a: ID!) { resources(filter: { accountId: $a, includeDeleted: true, text: "maybe" }) { edges { node { id deletedAt } } } }`, { a: accountId });
      return res.data?.resources.edges[0].node;
    };

    const partial = await replace(await upload([bucketEntry('keep')], [{ api: 's3:ListBuckets', region: 'us-east-1', code: 'AccessDenied', message: 'denied' }]));
    expect(partial.status).toBe('PARTIAL');
    expect((await maybeId()).deletedAt).toBeNull();

    const complete = await replace(await upload([bucketEntry('keep')]));
    expect(complete.status).toBe('COMPLETED');
    expect((await maybeId()).deletedAt).not.toBeNull();

    await replace(await upload([bucketEntry('keep'), bucketEntry('maybe')]));
    const back = await h.gql(admin, HISTORY, { id: (await maybeId()).id });
    expect(back.data?.resource.deletedAt).toBeNull();
    expect(back.data?.resource.history.edges.map((e: { node: { changeType: string } }) => e.node.changeType)).toEqual(['CREATED', 'DELETED']);
  });
});

async function eventuallyIdle(accountId: string) {
  const res = await h.gql(admin, `query($a: ID!) { awsAccount(id: $a) { lastScan { id } } }`, { a: accountId });
  const last = res.data?.awsAccount.lastScan;
  if (last) await scanOutcome(h, admin, last.id);
}
