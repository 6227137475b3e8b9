/**
 * Account-level CloudTrail questions ("is there a multi-region trail that logs", "are S3 object reads logged",
 * "is root usage alarmed") share one shape: some trail must meet every requirement. A requirement reads one
 * collected part of a trail; a trail fails on any requirement it definitely misses, is unknown when a part it
 * needs could not be read, and meets the question otherwise. The account passes on the first trail that meets
 * it, is UNKNOWN when none does but an unreadable trail still might, and fails with every trail's reasons.
 */
import type { CloudTrailAccount, Collected, TrailView } from '@cspmexa/resources';
import { fail, pass, unknownBecause, unknownBecauseAll, type Evaluation, type MissingInput } from '../../../engine/result';

export type Outcome = { ok: true; note?: string } | { ok: false; reason: string };
export const met = (note?: string): Outcome => (note ? { ok: true, note } : { ok: true });
export const unmet = (reason: string): Outcome => ({ ok: false, reason });

export interface TrailRequirement {
  /** What is read, for UNKNOWN messages: "the status". */
  needed: string;
  judge(view: TrailView): Outcome | { error: Extract<Collected<unknown>, { state: 'error' }> };
}

/** A requirement on one part of the trail; `test` gets `undefined` when AWS said the part does not exist. */
export function requirement<T>(needed: string, part: (view: TrailView) => Collected<T>, test: (value: T | undefined, view: TrailView) => Outcome): TrailRequirement {
  return {
    needed,
    judge(view) {
      const collected = part(view);
      if (collected.state === 'error') return { error: collected };
      return test(collected.state === 'ok' ? collected.value : undefined, view);
    },
  };
}

export type TrailJudgement = { state: 'met'; notes: string[] } | { state: 'unmet'; reasons: string[] } | { state: 'unknown'; missing: MissingInput[] };

export function judgeTrail(view: TrailView, requirements: readonly TrailRequirement[]): TrailJudgement {
  const notes: string[] = [];
  const reasons: string[] = [];
  const missing: MissingInput[] = [];
  for (const r of requirements) {
    const outcome = r.judge(view);
    if ('error' in outcome) missing.push({ needed: `${r.needed} of trail ${view.trailName}`, error: outcome.error });
    else if (!outcome.ok) reasons.push(outcome.reason);
    else if (outcome.note) notes.push(outcome.note);
  }
  // A definite miss settles it: an unreadable part could not make the trail meet the question.
  if (reasons.length > 0) return { state: 'unmet', reasons };
  if (missing.length > 0) return { state: 'unknown', missing };
  return { state: 'met', notes };
}

export interface AccountTrailQuestion {
  /** For UNKNOWN: "whether a multi-region trail logs management events". */
  question: string;
  /** For FAIL, before the per-trail reasons: "No trail logs management events in every region". */
  failure: string;
  requirements: readonly TrailRequirement[];
  /** The PASS message for the trail that meets the question. */
  passed(view: TrailView, notes: readonly string[]): string;
}

export function judgeAccountTrails(account: CloudTrailAccount, q: AccountTrailQuestion): Evaluation {
  if (account.trails.state === 'error') return unknownBecause(account.arn, q.question, account.trails);
  const trails = account.trails.state === 'ok' ? account.trails.value : [];
  const judged = trails.map((view) => ({ view, judgement: judgeTrail(view, q.requirements) }));
  const winner = judged.find((j) => j.judgement.state === 'met');
  if (winner && winner.judgement.state === 'met') {
    return pass(account.arn, q.passed(winner.view, winner.judgement.notes), { trail: winner.view.trailArn });
  }
  const missing = judged.flatMap((j) => (j.judgement.state === 'unknown' ? j.judgement.missing : []));
  if (missing.length > 0) return unknownBecauseAll(account.arn, q.question, missing);
  if (trails.length === 0) return fail(account.arn, `${q.failure}: the account has no CloudTrail trail`, { trails: [] });
  const failures = judged.map((j) => ({ trail: j.view.trailName, reasons: j.judgement.state === 'unmet' ? j.judgement.reasons : [] }));
  return fail(account.arn, `${q.failure}: ${failures.map((f) => `trail ${f.trail}: ${f.reasons.join(', ')}`).join('; ')}`, { trails: failures });
}
