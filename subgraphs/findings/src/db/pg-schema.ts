/** The findings subgraph's Postgres schema, and the timestamp column every table uses (UTC instants as Dates). */
import { pgSchema, timestamp } from 'drizzle-orm/pg-core';

export const findingsSchema = pgSchema('findings');

export const at = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
