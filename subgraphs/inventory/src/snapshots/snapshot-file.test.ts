import { Writable } from 'node:stream';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { bucketEntry } from '../../test/support/snapshot-files';
import { SNAPSHOT_FORMAT, type SnapshotHeader, type SnapshotResource } from './format';
import { readSnapshot, SnapshotFormatError } from './read-snapshot';
import { writeSnapshot } from './write-snapshot';

const header: SnapshotHeader = {
  format: SNAPSHOT_FORMAT,
  version: 1,
  generator: 'test',
  exportedAt: '2025-06-01T00:00:00.000Z',
  collectedAt: '2025-06-01T00:00:00.000Z',
  account: { awsAccountId: '111122223333' },
  scan: null,
  regions: [{ region: 'eu-west-1', status: 'SCANNED' }],
  errors: [],
};

const bucket = (name: string) => bucketEntry(name);

async function written(batches: SnapshotResource[][]): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      chunks.push(chunk);
      done();
    },
  });
  async function* source() {
    yield* batches;
  }
  await writeSnapshot(sink, header, source());
  return Buffer.concat(chunks);
}

const gzipJson = (value: unknown) => zlib.gzipSync(JSON.stringify(value));

async function refusal(file: Buffer): Promise<string> {
  const err = await readSnapshot(file).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(SnapshotFormatError);
  return (err as Error).message;
}

describe('snapshot files', () => {
  it('round-trips what the streaming writer wrote, batch by batch', async () => {
    const file = await written([[bucket('a'), bucket('b')], [], [bucket('c')]]);
    const read = await readSnapshot(file);
    expect(read.resources.map((r) => r.name)).toEqual(['a', 'b', 'c']);
    expect(read.account.awsAccountId).toBe('111122223333');
    expect(await readSnapshot(await written([]))).toMatchObject({ resources: [] });
  });

  it('refuses a truncated gzip', async () => {
    const file = await written([[bucket('a')]]);
    expect(await refusal(file.subarray(0, file.length - 12))).toMatch(/not a complete gzip file/);
    expect(await refusal(Buffer.from('plain text'))).toMatch(/not a complete gzip file/);
  });

  it('refuses another format or version by name', async () => {
    expect(await refusal(gzipJson({ hello: 'world' }))).toMatch(/Not a CSPMEXA scan snapshot/);
    expect(await refusal(gzipJson({ ...header, version: 2, resources: [] }))).toBe('Unsupported snapshot version 2; this server reads version 1.');
    expect(await refusal(zlib.gzipSync('{"format":'))).toMatch(/not valid JSON/);
  });

  it('refuses a wrong shape, naming the path', async () => {
    const missingFlag = bucket('a');
    missingFlag.config.publicAccessBlock = { state: 'ok', value: { blockPublicAcls: true } };
    expect(await refusal(gzipJson({ ...header, resources: [bucket('ok'), missingFlag] }))).toMatch(/^Invalid snapshot at resources\[1\]\.config\.publicAccessBlock/);
    expect(await refusal(gzipJson({ ...header, resources: [{ ...bucket('a'), kind: 'aws.s3.account' }] }))).toMatch(/config\.kind and config\.arn/);
    expect(await refusal(gzipJson({ ...header, resources: [bucket('a'), bucket('a')] }))).toMatch(/duplicate ARN/);
    expect(await refusal(gzipJson({ ...header, resources: [{ ...bucket('a'), accountId: '999988887777' }] }))).toMatch(/resources\[0\]\.accountId: must be the snapshot's account/);
    expect(await refusal(gzipJson({ ...header, account: { awsAccountId: '12' }, resources: [] }))).toMatch(/account\.awsAccountId/);
  });

  it('accepts kinds it has no schema for on the common shape', async () => {
    const trail: SnapshotResource = {
      kind: 'aws.cloudtrail.trail',
      arn: 'arn:aws:cloudtrail:eu-west-1:111122223333:trail/main',
      name: 'main',
      region: 'eu-west-1',
      accountId: '111122223333',
      tags: null,
      config: { kind: 'aws.cloudtrail.trail', arn: 'arn:aws:cloudtrail:eu-west-1:111122223333:trail/main', isMultiRegion: true },
    };
    expect((await readSnapshot(gzipJson({ ...header, resources: [trail] }))).resources[0]?.config).toMatchObject({ isMultiRegion: true });
  });

  it('refuses a gzip bomb before inflating it whole', async () => {
    const err = await readSnapshot(zlib.gzipSync(Buffer.alloc(4096, 0x20)), 1024).catch((e: Error) => e.message);
    expect(err).toMatch(/expands to more than/);
  });
});
