import type { Collected, PublicAccessBlock } from '@cspmexa/resources';
import type { CheckSettings } from './settings';

/**
 * Account-wide configuration that changes how a resource must be judged (e.g. account-level S3 Block Public
 * Access overrides every bucket). A field left undefined was not collected: checks treat it as "not known to
 * be on", which can only move a verdict towards FAIL, never towards PASS.
 */
export interface AccountContext {
  /** s3control:GetPublicAccessBlock for the account. */
  s3PublicAccessBlock?: Collected<PublicAccessBlock>;
}

/** What `evaluate` receives besides the resource: its settings (defaults merged with overrides), its account and the run's clock. */
export interface EvaluationContext<S extends CheckSettings = CheckSettings> {
  readonly settings: S;
  readonly account?: AccountContext;
  /**
   * The instant the run judges "now" (one per run, shared by every check), so that age-based checks are pure
   * functions of their arguments: replays and tests pin it instead of reading the wall clock.
   */
  readonly now: Date;
}
