import type { Collected, IamAccount } from '@cspmexa/resources';
import type { Evaluation, MissingInput } from '../../../engine/result';
import { unknownBecauseAll } from '../../../engine/result';

/** A yes/no fact about the account and the API answer it came from, or why no answer said it. */
export type AccountFact = { known: true; value: boolean; source: string } | { known: false; missing: MissingInput[] };

/**
 * Reads a fact from GetAccountSummary first (one number, always current) and falls back to the root's row of the
 * credential report (up to four hours old), so one unreadable source does not make the verdict UNKNOWN.
 */
export function accountFact(
  account: IamAccount,
  summaryKey: string,
  fromRoot: (root: Extract<IamAccount['root'], { state: 'ok' }>['value']) => boolean,
  needed: string,
): AccountFact {
  const summary = account.summary;
  const counted = summary.state === 'ok' ? summary.value[summaryKey] : undefined;
  if (counted !== undefined) return { known: true, value: counted > 0, source: `GetAccountSummary ${summaryKey}=${counted}` };
  const root = account.root;
  if (root.state === 'ok') return { known: true, value: fromRoot(root.value), source: 'credential report <root_account>' };
  const missing: MissingInput[] = [];
  for (const [name, part] of [['GetAccountSummary', summary], ['the credential report', root]] as const) {
    if ((part as Collected<unknown>).state === 'error') missing.push({ needed: `${needed} (${name})`, error: part as MissingInput['error'] });
  }
  return { known: false, missing };
}

/** UNKNOWN for a fact no source answered: with the read errors, or saying no source carried it. */
export function unknownFact(arn: string, question: string, missing: readonly MissingInput[]): Evaluation {
  if (missing.length > 0) return unknownBecauseAll(arn, question, missing);
  return { status: 'UNKNOWN', resourceArn: arn, message: `Cannot determine ${question}: neither GetAccountSummary nor the credential report carried it` };
}
