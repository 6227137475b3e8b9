/**
 * Snapshots over GraphQL: export a scan to SNAPSHOT_DIR (read back in chunks) and to an S3 bucket (s3:PutObject to
 * the s3rver stand-in, read back with GetObject), upload it again as a SNAPSHOT account whose scan stores the same
 * inventory and publishes `inventory.scan.finished`, refusals that store nothing, and the demo account.
 */
import crypto from 'node:crypto';
import { GetObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { STAND_IN_CREDENTIALS, startS3StandIn, type S3StandIn } from '@cspmexa/aws-local';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSnapshot } from '../src/snapshots/read-snapshot';
import { eventually, scanOutcome, startHarness, user, type Harness } from './support/harness';
import { bucketEntry, gzipJson, snapshotOf, uploadFile } from './support/snapshot-files';
import { pointAwsAtStandIn } from './support/stand-in-env';

const ORG = `org-snap-${crypto.randomUUID()}`;
const AWS_ACCOUNT = '210987654323';
const EXPORTS_BUCKET = 'cspmexa-exports';
/** Four full chunks fit, a fifth does not. */
const UPLOAD_CAP = 300_000;
const EXPORT = `mutation($s: ID!, $d: SnapshotDestination!) { exportScanSnapshot(scanId: $s, destination: $d) { id status fileName } }`;
const EXPORT_STATE = `query($id: ID!) { snapshotExport(id: $id) { id status destination resourceCount byteSize fileName location error scan { id } } }`;
const CHUNK = `query($id: ID!, $o: Int) { snapshotExport(id: $id) { content(offset: $o, maxBytes: 1024) { data nextOffset } } }`;
const ADD_SNAPSHOT = `mutation($name: String!, $u: ID!) { addSnapshotAccount(input: { name: $name, uploadId: $u }) { id authMethod awsAccountId demo lastScan { id } } }`;

let standIn: S3StandIn;
let h: Harness;
let restoreEnv: () => void = () => undefined;
const admin = user(ORG);
let liveScanId: string;

beforeAll(async () => {
  standIn = await startS3StandIn({ accountId: AWS_ACCOUNT, buckets: { [EXPORTS_BUCKET]: {}, 'photos': { tags: { team: 'media' } } } });
  restoreEnv = pointAwsAtStandIn(standIn);
  h = await startHarness({}, { SNAPSHOT_S3_BUCKET: EXPORTS_BUCKET, SNAPSHOT_S3_PREFIX: 'exports/', SNAPSHOT_UPLOAD_MAX_BYTES: String(UPLOAD_CAP) });
  const added = await h.gql(admin, `mutation { addAwsAccount(input: { name: "Live", authMethod: DEFAULT_CHAIN }) { id } }`);
  const started = await h.gql(admin, `mutation($id: ID!) { startScan(accountId: $id) { id } }`, { id: added.data?.addAwsAccount.id });
  liveScanId = (await scanOutcome(h, admin, started.data?.startScan.id)).id;
});

afterAll(async () => {
  await h?.close();
  await standIn?.close();
  restoreEnv();
});

async function exported(destination: 'LOCAL' | 'S3') {
  const started = await h.gql(admin, EXPORT, { s: liveScanId, d: destination });
  expect(started.errors).toBeUndefined();
  expect(started.data?.exportScanSnapshot).toMatchObject({ status: 'RUNNING', fileName: expect.stringMatching(/^cspmexa-snapshot-210987654323-\d{8}T\d{6}Z\.json\.gz$/) });
  return eventually(async () => {
    const res = await h.gql(admin, EXPORT_STATE, { id: started.data?.exportScanSnapshot.id });
    const e = res.data?.snapshotExport;
    return e && e.status !== 'RUNNING' ? e : undefined;
  });
}

async function download(exportId: string): Promise<Buffer> {
  const parts: Buffer[] = [];
  for (let offset: number | null = 0; offset !== null; ) {
    const res: { data?: any; errors?: unknown } = await h.gql(admin, CHUNK, { id: exportId, o: offset });
    expect(res.errors).toBeUndefined();
    parts.push(Buffer.from(res.data?.snapshotExport.content.data, 'base64'));
    offset = res.data?.snapshotExport.content.nextOffset;
  }
  return Buffer.concat(parts);
}

let localFile: Buffer;

describe('exportScanSnapshot', () => {
  it('writes the scan to SNAPSHOT_DIR as gzip JSON, readable back through the API in chunks', async () => {
    const done = await exported('LOCAL');
    expect(done).toMatchObject({ status: 'COMPLETED', destination: 'LOCAL', location: null, error: null, scan: { id: liveScanId } });
    localFile = await download(done.id);
    expect(localFile.length).toBe(done.byteSize);
    const snapshot = await readSnapshot(localFile);
    expect(snapshot).toMatchObject({ version: 1, account: { awsAccountId: AWS_ACCOUNT }, scan: { id: liveScanId, status: 'COMPLETED' } });
    expect(snapshot.resources).toHaveLength(done.resourceCount);
    expect(snapshot.resources.filter((r) => r.kind === 'aws.s3.bucket').map((r) => r.name)).toEqual([EXPORTS_BUCKET, 'photos']);
    expect(snapshot.resources.find((r) => r.name === 'photos')?.tags).toEqual({ team: 'media' });
    expect(snapshot.regions).toContainEqual({ region: 'us-east-1', status: 'SCANNED' });
  });

  it('writes it to the configured bucket with s3:PutObject', async () => {
    const done = await exported('S3');
    expect(done).toMatchObject({ status: 'COMPLETED', destination: 'S3', location: `s3://${EXPORTS_BUCKET}/exports/${ORG}/${AWS_ACCOUNT}/${liveScanId}.json.gz` });
    const s3 = new S3Client({ region: 'us-east-1', endpoint: standIn.endpoint, forcePathStyle: true, credentials: STAND_IN_CREDENTIALS });
    const object = await s3.send(new GetObjectCommand({ Bucket: EXPORTS_BUCKET, Key: `exports/${ORG}/${AWS_ACCOUNT}/${liveScanId}.json.gz` }));
    const body = Buffer.from(await object.Body!.transformToByteArray());
    s3.destroy();
    expect(body.length).toBe(done.byteSize);
    expect((await readSnapshot(body)).resources).toHaveLength(done.resourceCount);
    const chunk = await h.gql(admin, CHUNK, { id: done.id, o: 0 });
    expect(chunk.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('takes no path from the caller, is for admins only, and only for the latest stored scan', async () => {
    const path = await h.gql(admin, `mutation { exportScanSnapshot(scanId: "${liveScanId}", destination: "../../etc/passwd") { id } }`);
    expect(path.errors?.[0]?.message).toMatch(/SnapshotDestination/);
    const analyst = await h.gql(user(ORG, 'ANALYST'), EXPORT, { s: liveScanId, d: 'LOCAL' });
    expect(analyst.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const other = await h.gql(user(`other-${ORG}`), EXPORT, { s: liveScanId, d: 'LOCAL' });
    expect(other.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const account = await h.gql(admin, `{ awsAccounts { edges { node { id } } } }`);
    const started = await h.gql(admin, `mutation($id: ID!) { startScan(accountId: $id) { id } }`, { id: account.data?.awsAccounts.edges[0].node.id });
    await scanOutcome(h, admin, started.data?.startScan.id);
    const old = await h.gql(admin, `query($id: ID!) { scan(id: $id) { exportable } }`, { id: liveScanId });
    expect(old.data?.scan.exportable).toBe(false);
    expect((await h.gql(admin, EXPORT, { s: liveScanId, d: 'LOCAL' })).errors?.[0]?.extensions?.code).toBe('CONFLICT');
    liveScanId = started.data?.startScan.id;
    const destinations = await h.gql(admin, `{ snapshotExportDestinations }`);
    expect(destinations.data?.snapshotExportDestinations).toEqual(['LOCAL', 'S3']);
  });
});

describe('scanning from an uploaded snapshot', () => {
  it('stores the same inventory as the exported scan, through the same scan.finished path', async () => {
    const uploadId = await uploadFile(h, admin, localFile, 1024);
    const added = await h.gql(admin, ADD_SNAPSHOT, { name: 'Offline copy', u: uploadId });
    expect(added.errors).toBeUndefined();
    const account = added.data?.addSnapshotAccount;
    expect(account).toMatchObject({ authMethod: 'SNAPSHOT', awsAccountId: AWS_ACCOUNT, demo: false });
    const scan = await scanOutcome(h, admin, account.lastScan.id);
    const original = await readSnapshot(localFile);
    expect(scan).toMatchObject({ status: 'COMPLETED', resourceCount: original.resources.length });
    expect(h.scanEvents).toContainEqual({ orgId: ORG, accountId: account.id, scanId: scan.id, status: 'COMPLETED' });
    const res = await h.gql(admin, `query($a: ID!) { resources(filter: { accountId: $a }, first: 100) { edges { node { arn config } } } }`, { a: account.id });
    const stored = Object.fromEntries(res.data?.resources.edges.map((e: { node: { arn: string; config: unknown } }) => [e.node.arn, e.node.config]));
    for (const r of original.resources) expect(stored[r.arn], r.arn).toEqual(r.config);
  });

  it('refuses a truncated gzip, another version or a wrong shape with BAD_USER_INPUT, storing nothing', async () => {
    const before = await h.gql(admin, `{ awsAccounts { totalCount } resources(filter: { includeDeleted: true }) { totalCount } }`);
    const cases: [Buffer, RegExp][] = [
      [localFile.subarray(0, localFile.length - 40), /not a complete gzip file/],
      [gzipJson({ ...snapshotOf([]), version: 2 }), /Unsupported snapshot version 2/],
      [gzipJson(snapshotOf([bucketEntry('x', { versioning: { state: 'ok', value: { status: 'Maybe' } } })])), /resources\[0\]\.config\.versioning/],
    ];
    for (const [file, message] of cases) {
      const res = await h.gql(admin, ADD_SNAPSHOT, { name: 'Bad', u: await uploadFile(h, admin, file) });
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'uploadId' });
      expect(res.errors?.[0]?.message).toMatch(message);
    }
    const after = await h.gql(admin, `{ awsAccounts { totalCount } resources(filter: { includeDeleted: true }) { totalCount } }`);
    expect(after.data).toEqual(before.data);
  });

  it('checks every chunk: offset, size, encoding, role; a resent chunk is not appended twice', async () => {
    const start = await h.gql(admin, `mutation { startSnapshotUpload { id maxChunkBytes } }`);
    const { id, maxChunkBytes } = start.data?.startSnapshotUpload;
    const append = (offset: number, data: string, viewer = admin) =>
      h.gql(viewer, `mutation($id: ID!, $o: Int!, $d: String!) { appendSnapshotUpload(uploadId: $id, offset: $o, data: $d) { receivedBytes } }`, { id, o: offset, d: data });
    const chunk = Buffer.from('0123456789').toString('base64');
    expect((await append(0, chunk)).data?.appendSnapshotUpload.receivedBytes).toBe(10);
    expect((await append(0, chunk)).data?.appendSnapshotUpload.receivedBytes).toBe(10);
    expect((await append(5, chunk)).errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect((await append(10, 'not base64!')).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await append(10, Buffer.alloc(maxChunkBytes + 1).toString('base64'))).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await append(10, chunk, user(ORG, 'ANALYST'))).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await append(10, chunk, user(`other-${ORG}`))).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('refuses a file larger than SNAPSHOT_UPLOAD_MAX_BYTES at the chunk that crosses it', async () => {
    const start = await h.gql(admin, `mutation { startSnapshotUpload { id maxBytes maxChunkBytes } }`);
    const { id, maxBytes, maxChunkBytes } = start.data?.startSnapshotUpload;
    expect(maxBytes).toBe(UPLOAD_CAP);
    const full = Buffer.alloc(maxChunkBytes, 1).toString('base64');
    const append = (offset: number) =>
      h.gql(admin, `mutation($id: ID!, $o: Int!, $d: String!) { appendSnapshotUpload(uploadId: $id, offset: $o, data: $d) { receivedBytes } }`, { id, o: offset, d: full });
    for (let i = 0; i < 4; i++) expect((await append(i * maxChunkBytes)).errors).toBeUndefined();
    const over = await append(4 * maxChunkBytes);
    expect(over.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'data' });
    expect(over.errors?.[0]?.message).toMatch(/larger than the 300000 bytes/);
  });
});

describe('addDemoAccount', () => {
  it('is for admins only', async () => {
    const res = await h.gql(user(ORG, 'ANALYST'), `mutation { addDemoAccount { id } }`);
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('adds the demo account and scans the shipped snapshot; a second call returns the same account', async () => {
    const first = await h.gql(admin, `mutation { addDemoAccount { id name demo authMethod awsAccountId lastScan { id } } }`);
    expect(first.errors).toBeUndefined();
    const account = first.data?.addDemoAccount;
    expect(account).toMatchObject({ demo: true, authMethod: 'SNAPSHOT', awsAccountId: '111122223333' });
    const scan = await scanOutcome(h, admin, account.lastScan.id);
    expect(scan.status).toBe('COMPLETED');
    expect(scan.resourceCount).toBeGreaterThan(100);
    const second = await h.gql(admin, `mutation { addDemoAccount { id lastScan { id } } }`);
    expect(second.data?.addDemoAccount).toEqual({ id: account.id, lastScan: { id: scan.id } });
    const replace = await h.gql(admin, `mutation($a: ID!, $u: ID!) { replaceAccountSnapshot(accountId: $a, uploadId: $u) { id } }`, {
      a: account.id,
      u: await uploadFile(h, admin, gzipJson(snapshotOf([]))),
    });
    expect(replace.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('moves the demo dates to when the account was added: ages are as designed, and a rescan records no change', async () => {
    const res = await h.gql(admin, `{ resources(filter: { kind: "aws.iam.user", text: "alice" }) { edges { node { config } } } }`);
    const lastRotated = res.data?.resources.edges[0].node.config.credentials.value.accessKeys[0].lastRotated.at;
    const ageDays = (Date.now() - Date.parse(lastRotated)) / 86_400_000;
    expect(Math.round(ageDays)).toBe(40);
    const demo = await h.gql(admin, `{ awsAccounts(first: 100) { edges { node { id demo } } } }`);
    const demoId = demo.data?.awsAccounts.edges.find((e: { node: { demo: boolean } }) => e.node.demo).node.id;
    const rescan = await h.gql(admin, `mutation($id: ID!) { startScan(accountId: $id) { id } }`, { id: demoId });
    expect((await scanOutcome(h, admin, rescan.data?.startScan.id)).status).toBe('COMPLETED');
    const changes = await h.gql(admin, `query($s: ID) { resourceChanges(filter: { scanId: $s }) { totalCount } }`, { s: rescan.data?.startScan.id });
    expect(changes.data?.resourceChanges.totalCount).toBe(0);
  });
});
