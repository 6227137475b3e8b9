/** Builds snapshot files for tests and sends them through the chunked upload mutations. */
import zlib from 'node:zlib';
import type { Viewer } from '@cspmexa/server-kit';
import { SNAPSHOT_FORMAT, type SnapshotFile, type SnapshotResource } from '../../src/snapshots/format';
import type { Harness } from './harness';

export const SNAPSHOT_ACCOUNT = '111122223333';

export function bucketEntry(name: string, change: Record<string, unknown> = {}): SnapshotResource {
  const arn = `arn:aws:s3:::${name}`;
  return {
    kind: 'aws.s3.bucket',
    arn,
    name,
    region: 'eu-west-1',
    accountId: SNAPSHOT_ACCOUNT,
    tags: {},
    config: {
      kind: 'aws.s3.bucket',
      arn,
      name,
      accountId: SNAPSHOT_ACCOUNT,
      region: 'eu-west-1',
      acl: { state: 'ok', value: { grants: [] } },
      policy: { state: 'absent' },
      policyStatus: { state: 'absent' },
      publicAccessBlock: { state: 'ok', value: { blockPublicAcls: true, ignorePublicAcls: true, blockPublicPolicy: true, restrictPublicBuckets: true } },
      encryption: { state: 'ok', value: { rules: [{ sseAlgorithm: 'AES256' }] } },
      versioning: { state: 'ok', value: {} },
      logging: { state: 'ok', value: {} },
      tags: { state: 'ok', value: {} },
      ...change,
    },
  };
}

export function snapshotOf(resources: SnapshotResource[], extra: Partial<SnapshotFile> = {}): SnapshotFile {
  return {
    format: SNAPSHOT_FORMAT,
    version: 1,
    generator: 'test',
    exportedAt: '2025-06-01T00:00:00.000Z',
    collectedAt: '2025-06-01T00:00:00.000Z',
    account: { awsAccountId: SNAPSHOT_ACCOUNT },
    scan: null,
    regions: [{ region: 'eu-west-1', status: 'SCANNED' }],
    errors: [],
    resources,
    ...extra,
  };
}

export const gzipJson = (value: unknown): Buffer => zlib.gzipSync(JSON.stringify(value));

const START = `mutation { startSnapshotUpload { id receivedBytes maxBytes maxChunkBytes } }`;
const APPEND = `mutation($id: ID!, $offset: Int!, $data: String!) { appendSnapshotUpload(uploadId: $id, offset: $offset, data: $data) { id receivedBytes } }`;

/** Uploads a file in chunks of `chunkBytes` (the server's maximum by default); returns the upload id. */
export async function uploadFile(h: Harness, viewer: Viewer, file: Buffer, chunkBytes?: number): Promise<string> {
  const started = await h.gql(viewer, START);
  if (started.errors) throw new Error(`startSnapshotUpload: ${started.errors[0]?.message}`);
  const upload = started.data?.startSnapshotUpload;
  const size = chunkBytes ?? upload.maxChunkBytes;
  for (let offset = 0; offset < file.length; offset += size) {
    const res = await h.gql(viewer, APPEND, { id: upload.id, offset, data: file.subarray(offset, offset + size).toString('base64') });
    if (res.errors) throw new Error(`appendSnapshotUpload: ${res.errors[0]?.message}`);
  }
  return upload.id;
}
