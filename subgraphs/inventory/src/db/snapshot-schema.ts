/**
 * Snapshot tables (re-exported by schema.ts, which drizzle-kit reads): the snapshot a SNAPSHOT account's scans
 * read, uploads in progress (received in chunks through the gateway), and export jobs.
 */
import { customType, index, integer, text, uuid } from 'drizzle-orm/pg-core';
import { at, inventorySchema } from './pg-schema';
import { awsAccounts, scans } from './schema';

/** Raw bytes (a gzip file): bytea, as a Buffer in and out. */
const bytes = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value)),
});

/** The uploaded snapshot of a SNAPSHOT account (the demo account reads the bundled file instead). */
export const accountSnapshots = inventorySchema.table('account_snapshots', {
  accountId: uuid('account_id')
    .primaryKey()
    .references(() => awsAccounts.id, { onDelete: 'cascade' }),
  orgId: text('org_id').notNull(),
  /** The gzip file as uploaded, already validated against the snapshot format. */
  content: bytes('content').notNull(),
  byteSize: integer('byte_size').notNull(),
  formatVersion: integer('format_version').notNull(),
  resourceCount: integer('resource_count').notNull(),
  uploadedAt: at('uploaded_at').notNull(),
  uploadedById: text('uploaded_by_id').notNull(),
});

/** An upload being received chunk by chunk (the gateway caps request bodies, so a file comes in pieces). */
export const snapshotUploads = inventorySchema.table(
  'snapshot_uploads',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: text('org_id').notNull(),
    receivedBytes: integer('received_bytes').notNull().default(0),
    createdById: text('created_by_id').notNull(),
    createdAt: at('created_at').notNull(),
  },
  (t) => [index('snapshot_uploads_org_idx').on(t.orgId, t.createdAt)],
);

export const snapshotUploadParts = inventorySchema.table(
  'snapshot_upload_parts',
  {
    uploadId: uuid('upload_id')
      .notNull()
      .references(() => snapshotUploads.id, { onDelete: 'cascade' }),
    orgId: text('org_id').notNull(),
    /** Byte offset of the part in the file: parts are read back in this order. */
    offset: integer('offset').notNull(),
    content: bytes('content').notNull(),
  },
  (t) => [index('snapshot_upload_parts_upload_idx').on(t.uploadId, t.offset)],
);

export const snapshotDestinations = ['LOCAL', 'S3'] as const;
export type SnapshotDestination = (typeof snapshotDestinations)[number];
export const snapshotExportStatuses = ['RUNNING', 'COMPLETED', 'FAILED'] as const;
export type SnapshotExportStatus = (typeof snapshotExportStatuses)[number];

/** One export of a scan's inventory: a gzip file in SNAPSHOT_DIR/exports, or an object in the configured bucket. */
export const snapshotExports = inventorySchema.table(
  'snapshot_exports',
  {
    id: uuid('id').primaryKey(),
    orgId: text('org_id').notNull(),
    scanId: uuid('scan_id')
      .notNull()
      .references(() => scans.id, { onDelete: 'cascade' }),
    destination: text('destination').$type<SnapshotDestination>().notNull(),
    status: text('status').$type<SnapshotExportStatus>().notNull(),
    resourceCount: integer('resource_count').notNull().default(0),
    byteSize: integer('byte_size').notNull().default(0),
    /** The name a download is saved under (never a path: the file lives at SNAPSHOT_DIR/exports/<id>.json.gz). */
    fileName: text('file_name').notNull(),
    /** `s3://bucket/key` for S3 exports; null for local ones. */
    location: text('location'),
    error: text('error'),
    requestedById: text('requested_by_id').notNull(),
    createdAt: at('created_at').notNull(),
    completedAt: at('completed_at'),
  },
  (t) => [index('snapshot_exports_org_idx').on(t.orgId, t.createdAt)],
);

export type AccountSnapshotRow = typeof accountSnapshots.$inferSelect;
export type SnapshotUploadRow = typeof snapshotUploads.$inferSelect;
export type SnapshotExportRow = typeof snapshotExports.$inferSelect;
