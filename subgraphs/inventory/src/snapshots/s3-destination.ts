/**
 * Writes finished export files to the configured bucket with s3:PutObject, using the server's own AWS
 * credentials (default chain) and the SDK's endpoint variables (AWS_ENDPOINT_URL_S3 in tests). The file is
 * streamed from disk with its length known, so no multipart upload (and no s3:*MultipartUpload permission) is
 * needed below S3's 5 GB single-PUT limit.
 */
import fs from 'node:fs';
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';

export interface SnapshotBucket {
  bucket: string;
  /** `<prefix><org>/<AWS account>/<scan id>.json.gz` */
  keyFor(orgId: string, awsAccountId: string, scanId: string): string;
  put(key: string, file: string, byteSize: number): Promise<void>;
  destroy(): void;
}

/** Keys are built from ids, but an org id is free text: keep each part to characters S3 keys take plainly. */
const keyPart = (s: string) => s.replace(/[^A-Za-z0-9._-]/g, '_');

export function snapshotBucket(opts: { bucket: string; prefix: string; region: string; forcePathStyle: boolean }): SnapshotBucket {
  let client: S3Client | undefined;
  const s3 = () => (client ??= new S3Client({ region: opts.region, forcePathStyle: opts.forcePathStyle }));
  return {
    bucket: opts.bucket,
    keyFor: (orgId, awsAccountId, scanId) => `${opts.prefix}${keyPart(orgId)}/${keyPart(awsAccountId)}/${keyPart(scanId)}.json.gz`,
    async put(key, file, byteSize) {
      await s3().send(
        new PutObjectCommand({
          Bucket: opts.bucket,
          Key: key,
          Body: fs.createReadStream(file),
          ContentLength: byteSize,
          ContentType: 'application/gzip',
          ServerSideEncryption: 'AES256',
        }),
      );
    },
    destroy: () => client?.destroy(),
  };
}
