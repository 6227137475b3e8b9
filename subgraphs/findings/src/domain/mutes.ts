/**
 * Muting, as Security Hub does it: any signed-in user (ADMIN or ANALYST) may mute with a reason; deleting a rule,
 * which un-mutes what it covered, is ADMIN only (R1). Each change runs under the org's evaluation lock and is
 * applied to stored findings at once (`reconcileMutes`), while evaluations apply live rules to new findings. Who
 * muted and when is recorded on the rule and in every affected finding's history.
 */
import crypto from 'node:crypto';
import { AppError, decodeCursor, pageSize, requireRole, requireUser, toConnection, type Connection, type Database, type Logger, type Viewer } from '@cspmexa/server-kit';
import { inEvaluationTransaction } from '../db/evaluation-store';
import { findingsByIds } from '../db/finding-queries';
import { countMuteRules, deleteMuteRuleRow, insertMuteRule, muteRulesPage, orgsWithLapsedMutes, reconcileMutes } from '../db/mute-store';
import type { MuteRuleRow, muteRules } from '../db/schema';
import { findCheck } from './evaluate';
import { validExpiry, validMuteRule, validReason, type MuteRuleInput } from './mute-input';
import { isUuid, requireOrg } from './org-scope';

export interface MuteServiceDeps {
  db: Database;
  logger: Logger;
  now?: () => Date;
  newId?: () => string;
  /** Whether a check id names a check of the catalogue (default: the engine's catalogue). */
  isKnownCheck?: (id: string) => boolean;
}

const MAX_BULK = 100;

/** `muteRules(filter)`: live rules, expired ones, or (no filter) both. */
export interface MuteRuleFilter {
  expired?: boolean | null;
}

/** What a mute request decides; the service adds identity, org, actor and time. */
type RuleFields = Omit<typeof muteRules.$inferInsert, 'id' | 'orgId' | 'createdById' | 'createdByEmail' | 'createdAt'>;

export function createMuteService(deps: MuteServiceDeps) {
  const now = deps.now ?? (() => new Date());
  const newId = deps.newId ?? (() => crypto.randomUUID());
  const isKnownCheck = deps.isKnownCheck ?? ((id: string) => findCheck(id) !== undefined);

  async function store(viewer: Viewer | null, build: (orgId: string, at: Date) => Promise<RuleFields>) {
    const user = requireUser(viewer);
    const orgId = requireOrg(user);
    const at = now();
    const fields = await build(orgId, at);
    const actor = { id: user.userId, email: user.email };
    const { rule, muted } = await inEvaluationTransaction(deps.db, orgId, async (tx) => {
      const rule = await insertMuteRule(tx, { ...fields, id: newId(), orgId, createdById: actor.id, createdByEmail: actor.email, createdAt: at });
      return { rule, ...(await reconcileMutes(tx, orgId, at, actor)) };
    });
    deps.logger.info({ orgId, muteRuleId: rule.id, actorId: actor.id, muted }, 'mute rule created');
    return rule;
  }

  return {
    async list(viewer: Viewer | null, filter: MuteRuleFilter | null | undefined, first?: number | null, after?: string | null): Promise<Connection<MuteRuleRow>> {
      const orgId = requireOrg(viewer);
      const limit = pageSize(first);
      const scope = { expired: filter?.expired ?? null, now: now() };
      const [rows, total] = await Promise.all([
        muteRulesPage(deps.db, orgId, scope, limit, rulePosition(after)),
        countMuteRules(deps.db, orgId, scope),
      ]);
      return toConnection(rows, limit, total, (r) => [r.createdAt.toISOString(), r.id]);
    },

    create(viewer: Viewer | null, input: MuteRuleInput): Promise<MuteRuleRow> {
      return store(viewer, async (_orgId, at) => validMuteRule(input, at, isKnownCheck));
    },

    /** Bulk mute from the triage page: a rule scoped to exactly these findings' keys, so rescans keep them muted. */
    muteFindings(viewer: Viewer | null, ids: readonly string[], reason: string, expiresAt: Date | null | undefined): Promise<MuteRuleRow> {
      return store(viewer, async (orgId, at) => {
        const unique = [...new Set(ids)];
        if (unique.length === 0 || unique.length > MAX_BULK) throw new AppError('BAD_USER_INPUT', `Mute 1 to ${MAX_BULK} findings at a time.`, { field: 'ids' });
        const found = unique.every(isUuid) ? await findingsByIds(deps.db, orgId, unique) : [];
        if (found.length !== unique.length) throw new AppError('NOT_FOUND', 'Some of these findings do not exist.', { field: 'ids' });
        return {
          reason: validReason(reason),
          expiresAt: validExpiry(expiresAt, at),
          findingKeys: found.map((f) => f.findingKey),
        };
      });
    },

    /** ADMIN only. Findings it muted come back at once unless another live rule covers them. */
    async delete(viewer: Viewer | null, id: string): Promise<boolean> {
      const admin = requireRole(viewer, 'ADMIN');
      const orgId = requireOrg(admin);
      if (!isUuid(id)) throw new AppError('NOT_FOUND', 'No such mute rule.');
      const at = now();
      const actor = { id: admin.userId, email: admin.email };
      const outcome = await inEvaluationTransaction(deps.db, orgId, async (tx) => {
        const deleted = await deleteMuteRuleRow(tx, orgId, id);
        if (!deleted) return null;
        return reconcileMutes(tx, orgId, at, actor);
      });
      if (!outcome) throw new AppError('NOT_FOUND', 'No such mute rule.');
      deps.logger.info({ orgId, muteRuleId: id, actorId: actor.id, unmuted: outcome.unmuted }, 'mute rule deleted');
      return true;
    },

    /** The expiry sweep: findings whose rule has expired come back (evaluations also honour expiry). */
    async sweepExpired(): Promise<number> {
      const at = now();
      let unmuted = 0;
      for (const orgId of await orgsWithLapsedMutes(deps.db, at)) {
        const outcome = await inEvaluationTransaction(deps.db, orgId, (tx) => reconcileMutes(tx, orgId, at, null));
        unmuted += outcome.unmuted;
      }
      if (unmuted > 0) deps.logger.info({ unmuted }, 'expired mutes swept');
      return unmuted;
    },
  };
}

export type MuteService = ReturnType<typeof createMuteService>;

function rulePosition(cursor: string | null | undefined): { createdAt: Date; id: string } | null {
  const parts = decodeCursor(cursor);
  if (!parts) return null;
  const [at, id] = parts;
  const createdAt = typeof at === 'string' ? new Date(at) : undefined;
  if (parts.length !== 2 || !createdAt || Number.isNaN(createdAt.getTime()) || typeof id !== 'string' || !isUuid(id)) {
    throw new AppError('BAD_USER_INPUT', 'Invalid `after` cursor.', { field: 'after' });
  }
  return { createdAt, id };
}
