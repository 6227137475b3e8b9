/**
 * Mute rules and their effect on stored findings. Changes to findings run under the org's evaluation lock
 * (`inEvaluationTransaction`), so a mute and a scan evaluation never decide on stale rows. `reconcileMutes` is
 * the set-based form of muted-lifecycle.ts for findings already stored: one UPDATE plus the history rows.
 */
import { and, asc, count, eq, gt, inArray, isNull, lte, or, sql, type SQL } from 'drizzle-orm';
import type { Database } from '@cspmexa/server-kit';
import type { ActiveMuteRule } from '../domain/mute-scope';
import { MUTE_ENDED } from '../domain/muted-lifecycle';
import type { Tx } from './evaluation-store';
import { findings, muteRules, type MuteRuleRow } from './schema';

export async function insertMuteRule(tx: Tx, row: typeof muteRules.$inferInsert): Promise<MuteRuleRow> {
  const [inserted] = await tx.insert(muteRules).values(row).returning();
  return inserted!;
}

export async function deleteMuteRuleRow(tx: Tx, orgId: string, id: string): Promise<MuteRuleRow | null> {
  const [deleted] = await tx
    .delete(muteRules)
    .where(and(eq(muteRules.orgId, orgId), eq(muteRules.id, id)))
    .returning();
  return deleted ?? null;
}

/** Oldest first: the order in which rules claim findings. `liveAt` keeps only rules not yet expired then. */
export async function listMuteRules(db: Database | Tx, orgId: string, liveAt?: Date): Promise<MuteRuleRow[]> {
  return db
    .select()
    .from(muteRules)
    .where(ruleConditions(orgId, { expired: liveAt ? false : null, now: liveAt ?? new Date(0) }))
    .orderBy(asc(muteRules.createdAt), asc(muteRules.id));
}

export function asActiveRule(row: MuteRuleRow): ActiveMuteRule {
  return {
    id: row.id,
    reason: row.reason,
    createdAt: row.createdAt,
    expiresAt: row.expiresAt,
    checkIds: row.checkIds,
    accountIds: row.accountIds,
    regions: row.regions,
    resourcePattern: row.resourcePattern,
    tags: row.tags,
    findingKeys: row.findingKeys,
  };
}

/**
 * Orgs with findings still muted by a rule that has expired by `now`: the sweep's work list. This discovery is the
 * one read across orgs; every change it leads to goes through `reconcileMutes` with one org id.
 */
export async function orgsWithLapsedMutes(db: Database, now: Date): Promise<string[]> {
  const rows = await db
    .selectDistinct({ orgId: muteRules.orgId })
    .from(muteRules)
    .innerJoin(findings, and(eq(findings.orgId, muteRules.orgId), eq(findings.muteRuleId, muteRules.id)))
    .where(lte(muteRules.expiresAt, now));
  return rows.map((r) => r.orgId);
}

export interface Actor {
  id: string;
  email: string;
}

/**
 * Brings the org's stored findings in line with its live rules at `now`: active findings a rule covers become
 * MUTED (remembering their status), muted ones no live rule covers get their status back, muted ones now under
 * another rule switch to it, and each change is a history row with the actor (null for the sweep). Returns how
 * many findings were muted and unmuted (a switch of rule is neither).
 */
export async function reconcileMutes(tx: Tx, orgId: string, now: Date, actor: Actor | null): Promise<{ muted: number; unmuted: number }> {
  const at = sql`${now.toISOString()}::timestamptz`;
  const result = await tx.execute(sql`
    with target as (
      select f.id, f.status, f.unmuted_status, f.mute_rule_id, (
        select r.id from findings.mute_rules r
        where r.org_id = f.org_id
          and (r.expires_at is null or r.expires_at > ${at})
          and (r.check_ids is null or f.check_id = any(r.check_ids))
          and (r.account_ids is null or f.account_id = any(r.account_ids) or f.inventory_account_id = any(r.account_ids))
          and (r.regions is null or f.region = any(r.regions))
          and (r.resource_like is null or f.resource_arn like r.resource_like escape '\\' or f.resource_id like r.resource_like escape '\\')
          and (r.tags is null or f.resource_tags @> r.tags)
          and (r.finding_keys is null or f.finding_key = any(r.finding_keys))
        order by r.created_at, r.id
        limit 1
      ) as rule_id
      from findings.findings f
      where f.org_id = ${orgId} and (f.status in ('OPEN', 'REOPENED') or (f.status = 'MUTED' and f.mute_rule_id is not null))
    ),
    changed as (
      update findings.findings f set
        status = case when t.rule_id is null then coalesce(t.unmuted_status, 'OPEN') else 'MUTED' end,
        unmuted_status = case when t.rule_id is null then null when t.status = 'MUTED' then t.unmuted_status else t.status end,
        mute_rule_id = t.rule_id,
        status_changed_at = case when (t.rule_id is null) = (t.status = 'MUTED') then ${at} else f.status_changed_at end
      from target t
      where f.id = t.id and f.org_id = ${orgId}
        and ((t.rule_id is not null and t.status <> 'MUTED') or (t.rule_id is null and t.status = 'MUTED') or (t.status = 'MUTED' and t.rule_id is distinct from t.mute_rule_id))
      returning f.id, t.status as from_status, f.status as to_status, f.mute_rule_id, t.mute_rule_id as from_rule_id
    ),
    history as (
      insert into findings.finding_events (id, org_id, finding_id, from_status, to_status, at, actor_id, actor_email, mute_rule_id, note)
      select gen_random_uuid(), ${orgId}, c.id, c.from_status, c.to_status, ${at}, ${actor?.id ?? null}, ${actor?.email ?? null}, c.mute_rule_id,
        case when c.to_status = 'MUTED' then (select r.reason from findings.mute_rules r where r.id = c.mute_rule_id) else ${MUTE_ENDED} end
      -- A switch of rule on a finding that stays MUTED is history too: the rule in force is who muted it, and why.
      from changed c where c.from_status <> c.to_status or c.mute_rule_id is distinct from c.from_rule_id
      returning from_status, to_status
    )
    select
      (select count(*) from history where to_status = 'MUTED' and from_status <> 'MUTED')::int as muted,
      (select count(*) from history where to_status <> 'MUTED')::int as unmuted
  `);
  const rows = (result as unknown as { rows: { muted: number; unmuted: number }[] }).rows;
  const row = rows[0];
  return { muted: Number(row?.muted ?? 0), unmuted: Number(row?.unmuted ?? 0) };
}

/** Which rules a list shows: `expired` true keeps those expired at `now`, false the live ones, null both. */
export interface MuteRuleScope {
  expired: boolean | null;
  now: Date;
}

function ruleConditions(orgId: string, scope: MuteRuleScope): SQL | undefined {
  const live = or(isNull(muteRules.expiresAt), gt(muteRules.expiresAt, scope.now));
  const state = scope.expired === null ? undefined : scope.expired ? lte(muteRules.expiresAt, scope.now) : live;
  return and(eq(muteRules.orgId, orgId), state);
}

/** One page of rules, oldest first, keyset on (created_at, id); `limit + 1` rows so the caller sees if more follow. */
export async function muteRulesPage(
  db: Database,
  orgId: string,
  scope: MuteRuleScope,
  limit: number,
  after: { createdAt: Date; id: string } | null,
): Promise<MuteRuleRow[]> {
  const position = after
    ? or(gt(muteRules.createdAt, after.createdAt), and(eq(muteRules.createdAt, after.createdAt), gt(muteRules.id, after.id)))
    : undefined;
  return db
    .select()
    .from(muteRules)
    .where(and(ruleConditions(orgId, scope), position))
    .orderBy(asc(muteRules.createdAt), asc(muteRules.id))
    .limit(limit + 1);
}

export async function countMuteRules(db: Database, orgId: string, scope: MuteRuleScope): Promise<number> {
  const [row] = await db.select({ n: count() }).from(muteRules).where(ruleConditions(orgId, scope));
  return Number(row?.n ?? 0);
}

export async function muteRulesByIds(db: Database, orgId: string, ids: readonly string[]): Promise<MuteRuleRow[]> {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(muteRules)
    .where(and(eq(muteRules.orgId, orgId), inArray(muteRules.id, [...ids])));
}
