/**
 * The writes of one scan evaluation. All of them run inside `inEvaluationTransaction`, which serializes the
 * evaluations of one org (advisory transaction lock) so that "read stored findings, decide, write" cannot
 * interleave with another evaluation of the same findings.
 */
import { and, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { Database } from '@cspmexa/server-kit';
import {
  alertKindEnum,
  findingEvents,
  findingResources,
  findings,
  findingStatusEnum,
  scanCheckResults,
  scanEvaluations,
  severityEnum,
  type FindingRow,
  type NewFinding,
  type NewFindingRow,
} from './schema';
import { arrayLiteral, columnNames, unnestQuery, unnestRows, type UnnestColumn } from './unnest-rows';
import { uuidV7 } from './uuid-v7';

export type Tx = Parameters<Parameters<Database['transaction']>[0]>[0];

/**
 * Rows per statement. Each column is one array parameter (unnest-rows.ts), so the limit is the size of one
 * statement, not Postgres' 65,535 parameters: large enough that per-statement costs vanish, small enough to keep
 * one statement's text to a few MB (PGlite holds it in WASM memory).
 */
const BATCH = 5_000;

export async function inEvaluationTransaction<T>(db: Database, orgId: string, work: (tx: Tx) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`findings.evaluate:${orgId}`}, 0))`);
    return work(tx);
  });
}

export async function isScanEvaluated(tx: Tx, orgId: string, scanId: string): Promise<boolean> {
  const rows = await tx
    .select({ scanId: scanEvaluations.scanId })
    .from(scanEvaluations)
    .where(and(eq(scanEvaluations.orgId, orgId), eq(scanEvaluations.scanId, scanId)));
  return rows.length > 0;
}

/** The findings an evaluation can touch: those of the scanned inventory account, and any with the same AWS ids. */
export async function loadFindingsForEvaluation(
  tx: Tx,
  orgId: string,
  inventoryAccountId: string,
  awsAccountIds: readonly string[],
): Promise<FindingRow[]> {
  const scope: SQL | undefined =
    awsAccountIds.length > 0
      ? or(eq(findings.inventoryAccountId, inventoryAccountId), inArray(findings.accountId, [...awsAccountIds]))
      : eq(findings.inventoryAccountId, inventoryAccountId);
  return tx.select().from(findings).where(and(eq(findings.orgId, orgId), scope));
}

const excluded = (column: PgColumn) => sql.raw(`excluded."${column.name}"`);
const iso = (d: Date | null | undefined) => (d == null ? null : d.toISOString());
const EMPTY_TAGS = '{}';

/** The findings columns an evaluation writes but the id, as text (see unnest-rows.ts). */
const FINDING_FIELDS: readonly UnnestColumn<Omit<NewFindingRow, 'id'>>[] = [
  { column: findings.orgId, type: 'text', text: (r) => r.orgId },
  { column: findings.findingKey, type: 'text', text: (r) => r.findingKey },
  { column: findings.inventoryAccountId, type: 'text', text: (r) => r.inventoryAccountId },
  { column: findings.resourceId, type: 'text', text: (r) => r.resourceId },
  { column: findings.resourceArn, type: 'text', text: (r) => r.resourceArn },
  { column: findings.accountId, type: 'text', text: (r) => r.accountId },
  { column: findings.region, type: 'text', text: (r) => r.region },
  { column: findings.checkId, type: 'text', text: (r) => r.checkId },
  { column: findings.shortId, type: 'text', text: (r) => r.shortId },
  { column: findings.severity, type: sql`${severityEnum}`, text: (r) => r.severity },
  { column: findings.service, type: 'text', text: (r) => r.service },
  { column: findings.title, type: 'text', text: (r) => r.title },
  { column: findings.message, type: 'text', text: (r) => r.message },
  { column: findings.status, type: sql`${findingStatusEnum}`, text: (r) => r.status },
  { column: findings.firstSeenAt, type: 'timestamptz', text: (r) => iso(r.firstSeenAt) },
  { column: findings.lastSeenAt, type: 'timestamptz', text: (r) => iso(r.lastSeenAt) },
  { column: findings.resolvedAt, type: 'timestamptz', text: (r) => iso(r.resolvedAt) },
  { column: findings.statusChangedAt, type: 'timestamptz', text: (r) => iso(r.statusChangedAt) },
  { column: findings.unmutedStatus, type: sql`${findingStatusEnum}`, text: (r) => r.unmutedStatus ?? null },
  { column: findings.muteRuleId, type: 'uuid', text: (r) => r.muteRuleId ?? null },
  { column: findings.resourceTags, type: 'jsonb', text: (r) => (!r.resourceTags || isEmpty(r.resourceTags) ? EMPTY_TAGS : JSON.stringify(r.resourceTags)) },
];

const FINDING_COLUMNS: readonly UnnestColumn<NewFindingRow>[] = [{ column: findings.id, type: 'uuid', text: (r) => r.id ?? null }, ...FINDING_FIELDS];

/** A new finding's row, then what its opening event says that the row does not (named apart from the columns). */
const NEW_FINDING_COLUMNS: readonly UnnestColumn<NewFinding>[] = [
  ...FINDING_FIELDS,
  { column: { name: 'opening_scan_id' }, type: 'text', text: (r) => r.opening.scanId },
  { column: { name: 'opening_alert_kind' }, type: sql`${alertKindEnum}`, text: (r) => r.opening.alertKind },
  { column: { name: 'opening_note' }, type: 'text', text: (r) => r.opening.note },
];

function isEmpty(o: object): boolean {
  for (const _ in o) return false;
  return true;
}

const RESOURCE_COLUMNS: readonly UnnestColumn<Omit<NewFindingRow, 'id'>>[] = [
  { column: findingResources.orgId, type: 'text', text: (r) => r.orgId },
  { column: findingResources.resourceId, type: 'text', text: (r) => r.resourceId },
  { column: findingResources.inventoryAccountId, type: 'text', text: (r) => r.inventoryAccountId },
  { column: findingResources.resourceArn, type: 'text', text: (r) => r.resourceArn },
];

/**
 * An evaluation's rows, BATCH per statement: new findings (`inserts`) with the events that open them, stored ones
 * whose state changes (`upserts`) by INSERT ... ON CONFLICT DO UPDATE; then the resources they are about, into
 * finding_resources (the text search's index; a resource already there is left as it is: its id names one ARN).
 *
 * New rows need no conflict check: the plan was made under the org's evaluation lock from every stored finding a
 * new key could match (the account's, and all of the verdicts' AWS accounts), so skipping ON CONFLICT, which
 * probes the key index before each insert, is safe and saves 7% of the database's time on a first scan. Were the
 * plan ever wrong, the unique key index still refuses the row and the whole evaluation rolls back.
 */
export async function writeFindings(tx: Tx, inserts: readonly NewFinding[], upserts: readonly NewFindingRow[]): Promise<void> {
  await inBatches(tx, inserts, insertNewFindings);
  await inBatches(tx, upserts, (batch) => sql`
    insert into ${findings} ${unnestRows(FINDING_COLUMNS, batch)}
    on conflict (${sql.identifier(findings.findingKey.name)}) do update set ${UPSERT_SET}`);
  await inBatches(tx, oneRowPerResource([...inserts, ...upserts]), (batch) => sql`
    insert into ${findingResources} ${unnestRows(RESOURCE_COLUMNS, batch)} on conflict do nothing`);
}

/**
 * New findings and the history events that open them, in one statement: the database numbers both as it inserts
 * them (time-ordered ids, uuid-v7.ts; once per row: the planned rows are materialized), so the client neither
 * makes nor sends ids that nothing else refers to. The foreign key of the events is checked at the statement's
 * end, the findings they refer to inserted by then.
 */
function insertNewFindings(batch: readonly NewFinding[]): SQL {
  const fields = columnNames(FINDING_FIELDS);
  const e = (column: PgColumn) => sql.identifier(column.name);
  return sql`
    with planned as materialized (select ${uuidV7} as id, p.* from (${unnestQuery(NEW_FINDING_COLUMNS, batch)}) as p),
      inserted as (insert into ${findings} (${e(findings.id)}, ${fields}) select id, ${fields} from planned)
    insert into ${findingEvents} (${e(findingEvents.id)}, ${e(findingEvents.orgId)}, ${e(findingEvents.findingId)}, ${e(findingEvents.toStatus)},
      ${e(findingEvents.scanId)}, ${e(findingEvents.at)}, ${e(findingEvents.muteRuleId)}, ${e(findingEvents.note)}, ${e(findingEvents.alertKind)}, ${e(findingEvents.severity)})
    select ${uuidV7}, org_id, id, status, opening_scan_id, status_changed_at, mute_rule_id, opening_note, opening_alert_kind,
      case when opening_alert_kind is null then null else severity end
    from planned`;
}

/** The first row about each resource (the rows of one evaluation are one org's). */
function oneRowPerResource<R extends Omit<NewFindingRow, 'id'>>(rows: readonly R[]): R[] {
  const seen = new Set<string>();
  const first: R[] = [];
  for (const row of rows) {
    if (seen.has(row.resourceId)) continue;
    seen.add(row.resourceId);
    first.push(row);
  }
  return first;
}

/**
 * Runs one statement per BATCH rows, building the next statement while the database executes the current one
 * (the array literals are most of the client's work): on a server with a core of its own the two overlap.
 * Statements still run one after the other, in order, in the transaction.
 */
async function inBatches<R>(tx: Tx, rows: readonly R[], statement: (batch: readonly R[]) => SQL): Promise<void> {
  let running: Promise<unknown> | undefined;
  for (let i = 0; i < rows.length; i += BATCH) {
    const next = statement(rows.slice(i, i + BATCH));
    if (running) await running;
    running = tx.execute(next);
  }
  await running;
}

// first_seen_at, id, org_id and finding_key (with the parts it hashes) are never rewritten. Mutes are applied under
// the same per-org lock (mute-store.ts), so the plan saw the current mute state.
const UPSERT_SET = sql.join(
  [
    findings.inventoryAccountId,
    findings.resourceId,
    findings.severity,
    findings.shortId,
    findings.service,
    findings.title,
    findings.message,
    findings.lastSeenAt,
    findings.status,
    findings.resolvedAt,
    findings.statusChangedAt,
    findings.unmutedStatus,
    findings.muteRuleId,
    findings.resourceTags,
  ].map((c) => sql`${sql.identifier(c.name)} = ${excluded(c)}`),
  sql`, `,
);

/**
 * Moves last_seen_at of findings seen failing again with nothing else changed: one set-based UPDATE, instead of
 * rewriting every column of every row of an unchanged rescan.
 */
export async function touchLastSeen(tx: Tx, orgId: string, findingIds: readonly string[], at: Date): Promise<void> {
  for (let i = 0; i < findingIds.length; i += TOUCH_BATCH) {
    const ids = arrayLiteral(findingIds.slice(i, i + TOUCH_BATCH), (id) => id);
    await tx.execute(sql`
      update ${findings} set ${sql.identifier(findings.lastSeenAt.name)} = ${at.toISOString()}::timestamptz
      where ${findings.orgId} = ${orgId} and ${findings.id} = any(${ids}::uuid[])`);
  }
}

/** Ids per UPDATE: 36 bytes each, so one statement stays a few MB even for the largest estates. */
const TOUCH_BATCH = 100_000;

const EVENT_COLUMNS: readonly UnnestColumn<FindingEventInsert>[] = [
  { column: findingEvents.id, type: 'uuid', text: (r) => r.id },
  { column: findingEvents.orgId, type: 'text', text: (r) => r.orgId },
  { column: findingEvents.findingId, type: 'uuid', text: (r) => r.findingId },
  { column: findingEvents.fromStatus, type: sql`${findingStatusEnum}`, text: (r) => r.fromStatus ?? null },
  { column: findingEvents.toStatus, type: sql`${findingStatusEnum}`, text: (r) => r.toStatus },
  { column: findingEvents.scanId, type: 'text', text: (r) => r.scanId ?? null },
  { column: findingEvents.at, type: 'timestamptz', text: (r) => iso(r.at) },
  { column: findingEvents.actorId, type: 'text', text: (r) => r.actorId ?? null },
  { column: findingEvents.actorEmail, type: 'text', text: (r) => r.actorEmail ?? null },
  { column: findingEvents.muteRuleId, type: 'uuid', text: (r) => r.muteRuleId ?? null },
  { column: findingEvents.note, type: 'text', text: (r) => r.note ?? null },
  { column: findingEvents.alertKind, type: sql`${alertKindEnum}`, text: (r) => r.alertKind ?? null },
  { column: findingEvents.severity, type: sql`${severityEnum}`, text: (r) => r.severity ?? null },
  { column: findingEvents.publishedAt, type: 'timestamptz', text: (r) => iso(r.publishedAt) },
];

type FindingEventInsert = typeof findingEvents.$inferInsert;

export async function insertFindingEvents(tx: Tx, rows: readonly FindingEventInsert[]): Promise<void> {
  await inBatches(tx, rows, (batch) => sql`insert into ${findingEvents} ${unnestRows(EVENT_COLUMNS, batch)}`);
}

export async function recordScanEvaluation(tx: Tx, row: typeof scanEvaluations.$inferInsert): Promise<void> {
  await tx.insert(scanEvaluations).values(row).onConflictDoNothing();
}

export async function insertScanCheckResults(tx: Tx, rows: readonly (typeof scanCheckResults.$inferInsert)[]): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH) {
    await tx.insert(scanCheckResults).values(rows.slice(i, i + BATCH)).onConflictDoNothing();
  }
}
