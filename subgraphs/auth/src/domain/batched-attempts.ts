/**
 * M3 for aliases and batches: one request may carry one sign-in or MFA attempt. Mutations run one after the other
 * and the first failure ends the request, so without this 50 aliased guesses would cost one. A request with more
 * than one attempt is refused as a whole, before any of them runs, and every attempt in it counts as a failure on
 * its account and on the IP: 50 aliases cost 50 attempts and lock the account.
 */
import { AppError } from '@cspmexa/server-kit';
import { normalizeEmail } from './email';
import type { AuditSink, RequestInfo } from './model';
import { loginAccountKey, mfaAccountKey, type AttemptKind, type AttemptLimiter } from './throttle';

/** One throttled operation of the request and the account it names, when that is known. */
export type Attempt = { kind: 'login'; email: string } | { kind: 'mfa'; orgId: string | null; userId: string | null };

export interface BatchedAttemptDeps {
  limiters: Record<AttemptKind, AttemptLimiter>;
  audit: AuditSink;
}

export const oneAttemptPerRequest = () => new AppError('RATE_LIMITED', 'Send one sign-in or verification attempt per request.');

export async function refuseBatchedAttempts(deps: BatchedAttemptDeps, attempts: Attempt[], request: RequestInfo): Promise<void> {
  if (attempts.length <= 1) return;
  const groups = new Map<string, { kind: AttemptKind; account: string | null; orgId: string | null; target: string | null; count: number }>();
  for (const a of attempts) {
    const account = a.kind === 'login' ? loginAccountKey(normalizeEmail(a.email)) : a.userId ? mfaAccountKey(a.userId) : null;
    const target = a.kind === 'login' ? normalizeEmail(a.email) : a.userId;
    const orgId = a.kind === 'mfa' ? a.orgId : null;
    const groupKey = `${a.kind}|${account ?? ''}`;
    const group = groups.get(groupKey) ?? { kind: a.kind, account, orgId, target, count: 0 };
    group.count += 1;
    groups.set(groupKey, group);
  }
  for (const g of groups.values()) {
    await deps.limiters[g.kind].fail(g.account, request.ip, g.count);
    await deps.audit.record(
      { action: g.kind === 'login' ? 'login.rate_limited' : 'mfa.rate_limited', orgId: g.orgId, target: g.target, details: { reason: 'batched', attempts: g.count } },
      request,
    );
  }
  throw oneAttemptPerRequest();
}
