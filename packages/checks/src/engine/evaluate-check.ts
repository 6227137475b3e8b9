import type { CloudResource } from '@cspmexa/resources';
import type { AccountContext } from './context';
import type { Check } from './define-check';
import type { Evaluation } from './result';
import { resolveSettings, type CheckSettings, type SettingValue } from './settings';

export interface EvaluateCheckOptions {
  account?: AccountContext;
  settings?: Readonly<Record<string, SettingValue>>;
  /** The run's "now"; defaults to the wall clock at the call. */
  now?: Date;
}

/**
 * Runs one check on one resource and always returns a list. For tests, previews and single-resource rescans;
 * the batch path is `runChecks`, which prepares contexts once instead of per call.
 */
export function evaluateCheck<R extends CloudResource, S extends CheckSettings>(
  check: Check<R, S>,
  resource: R,
  options: EvaluateCheckOptions = {},
): readonly Evaluation[] {
  const settings = resolveSettings(check.metadata.id, check.metadata.settings, options.settings);
  const out = check.evaluate(resource, { settings, account: options.account, now: options.now ?? new Date() });
  return isList(out) ? out : [out];
}

// Array.isArray does not narrow `readonly T[]` out of a union, hence the explicit guard.
export function isList(out: Evaluation | readonly Evaluation[]): out is readonly Evaluation[] {
  return Array.isArray(out);
}
