/** The Postgres schema of the inventory and its timestamp column type, shared by every table file. */
import { pgSchema, timestamp } from 'drizzle-orm/pg-core';

export const inventorySchema = pgSchema('inventory');

/** Millisecond precision, so that keyset cursors built from JS Dates compare exactly with the stored values. */
export const at = (name: string) => timestamp(name, { withTimezone: true, precision: 3, mode: 'date' });
