import type { CloudResource } from '@cspmexa/resources';
import type { AccountContext } from './context';
import type { SettingValue } from './settings';

/** One named input a check must judge in a known way; the contract test runs every case through `evaluate`. */
export interface FixtureCase<R extends CloudResource> {
  name: string;
  resource: R;
  account?: AccountContext;
  /** Settings other than the defaults, for a verdict only a non-default configuration can reach. */
  settings?: Readonly<Record<string, SettingValue>>;
  /**
   * For an UNKNOWN case whose cause is a field the API omitted (left undefined) rather than a read error: the
   * field's name. The contract test then checks that the field is indeed missing and that the message names it.
   */
  missingField?: string;
}

/**
 * What every check folder exports from `fixtures/cases.ts`: at least one case per status, so that no check
 * ships without having been seen to pass, to fail, and to refuse to guess on unreadable data.
 */
export interface CheckFixtures<R extends CloudResource> {
  pass: readonly FixtureCase<R>[];
  fail: readonly FixtureCase<R>[];
  unknown: readonly FixtureCase<R>[];
}
