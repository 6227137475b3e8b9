/**
 * Receiving a snapshot file through the API (admins only). The gateway caps request bodies at 100 KB, so a file
 * arrives as base64 chunks of at most 64 KiB, each at the offset the upload expects (a retried chunk is
 * recognised and not appended twice). The whole file is capped (SNAPSHOT_UPLOAD_MAX_BYTES) and only validated
 * once it is used; an upload nobody uses is dropped after an hour.
 */
import { AppError, requireRole, type Viewer } from '@cspmexa/server-kit';
import type { SnapshotUploadRow } from '../db/schema';
import { appendUploadPart, deleteUploadsOlderThan, findUpload, insertUpload, uploadContent } from '../db/snapshot-store';
import type { SnapshotFile } from '../snapshots/format';
import { readSnapshot, SnapshotFormatError } from '../snapshots/read-snapshot';
import type { InventoryDeps } from './deps';
import { isUuid } from './ids';

/** 64 KiB decoded is about 87 KB of base64: one chunk and its mutation fit the gateway's 100 KB body limit. */
export const MAX_CHUNK_BYTES = 64 * 1024;
const UPLOAD_TTL_MS = 60 * 60_000;
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

export interface UploadView extends SnapshotUploadRow {
  maxBytes: number;
  maxChunkBytes: number;
}

export function createSnapshotUploadService(deps: Pick<InventoryDeps, 'db' | 'clock'> & { maxBytes: number }) {
  const { db } = deps;
  const view = (row: SnapshotUploadRow): UploadView => ({ ...row, maxBytes: deps.maxBytes, maxChunkBytes: MAX_CHUNK_BYTES });
  const notFound = () => new AppError('NOT_FOUND', 'No such upload (uploads expire after an hour); start again.');

  return {
    async start(viewer: Viewer | null): Promise<UploadView> {
      const admin = requireRole(viewer, 'ADMIN');
      const now = deps.clock();
      await deleteUploadsOlderThan(db, admin.orgId, new Date(now.getTime() - UPLOAD_TTL_MS));
      return view(await insertUpload(db, { orgId: admin.orgId, createdById: admin.userId, createdAt: now }));
    },

    async append(viewer: Viewer | null, uploadId: string, offset: number, data: string): Promise<UploadView> {
      const admin = requireRole(viewer, 'ADMIN');
      const upload = isUuid(uploadId) ? await findUpload(db, admin.orgId, uploadId) : undefined;
      if (!upload) throw notFound();
      if (!BASE64.test(data)) throw new AppError('BAD_USER_INPUT', 'The chunk is not base64.', { field: 'data' });
      const chunk = Buffer.from(data, 'base64');
      if (chunk.length === 0 || chunk.length > MAX_CHUNK_BYTES) {
        throw new AppError('BAD_USER_INPUT', `A chunk holds 1 to ${MAX_CHUNK_BYTES} bytes.`, { field: 'data' });
      }
      if (!Number.isInteger(offset) || offset < 0) throw new AppError('BAD_USER_INPUT', '`offset` must be a byte offset.', { field: 'offset' });
      // The same chunk again (its answer was lost): already there.
      if (offset < upload.receivedBytes && offset + chunk.length === upload.receivedBytes) return view(upload);
      if (offset !== upload.receivedBytes) {
        throw new AppError('CONFLICT', `The upload expects the chunk at offset ${upload.receivedBytes}.`, { field: 'offset' });
      }
      if (offset + chunk.length > deps.maxBytes) {
        throw new AppError('BAD_USER_INPUT', `The snapshot is larger than the ${deps.maxBytes} bytes this server accepts.`, { field: 'data' });
      }
      const appended = await appendUploadPart(db, admin.orgId, upload.id, offset, chunk);
      if (!appended) throw new AppError('CONFLICT', 'Another chunk was appended at this offset; read the upload again.', { field: 'offset' });
      return view(appended);
    },

    /** The uploaded file, validated: BAD_USER_INPUT (naming what is wrong) when it is not a readable snapshot. */
    async read(orgId: string, uploadId: string): Promise<{ gzip: Buffer; snapshot: SnapshotFile }> {
      const upload = isUuid(uploadId) ? await findUpload(db, orgId, uploadId) : undefined;
      if (!upload) throw notFound();
      const gzip = await uploadContent(db, orgId, upload.id);
      try {
        return { gzip, snapshot: await readSnapshot(gzip) };
      } catch (err) {
        if (err instanceof SnapshotFormatError) throw new AppError('BAD_USER_INPUT', err.message, { field: 'uploadId' });
        throw err;
      }
    },
  };
}
export type SnapshotUploadService = ReturnType<typeof createSnapshotUploadService>;
