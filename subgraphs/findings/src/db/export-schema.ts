/** The export jobs table (re-exported by schema.ts, which drizzle-kit reads). */
import { index, integer, jsonb, text, uuid } from 'drizzle-orm/pg-core';
import { at, findingsSchema } from './pg-schema';

export const exportFormatEnum = findingsSchema.enum('export_format', ['CSV', 'OCSF']);
export const exportStatusEnum = findingsSchema.enum('export_status', ['RUNNING', 'COMPLETED', 'FAILED']);

/** One findings export: written in batches to a file under DATA_DIR/exports, read back in pages over GraphQL. */
export const findingExports = findingsSchema.table(
  'exports',
  {
    id: uuid('id').primaryKey(),
    orgId: text('org_id').notNull(),
    format: exportFormatEnum('format').notNull(),
    filter: jsonb('filter').$type<Record<string, unknown>>().notNull(),
    status: exportStatusEnum('status').notNull(),
    rowCount: integer('row_count').notNull().default(0),
    byteSize: integer('byte_size').notNull().default(0),
    /** File name inside DATA_DIR/exports; never a path given by a user. */
    fileName: text('file_name').notNull(),
    error: text('error'),
    requestedById: text('requested_by_id').notNull(),
    createdAt: at('created_at').notNull(),
    completedAt: at('completed_at'),
  },
  (t) => [index('exports_org_idx').on(t.orgId, t.createdAt)],
);

