import type { CloudResource, ResourceKind } from '@cspmexa/resources';
import type { FrameworkId } from '../frameworks/types';
import type { EvaluationContext } from './context';
import { checkMetadataSchema, formatMetadataIssues, type Service } from './metadata-schema';
import type { Evaluation } from './result';
import type { CheckSettings } from './settings';
import type { Severity } from './status';

export interface CheckMetadata<S extends CheckSettings = CheckSettings> {
  /** snake_case, equal to the check's folder name; says what passes (`s3_bucket_object_versioning`). */
  id: string;
  /** The row in the check catalogue (checks.csv), e.g. 'S3-03'. */
  shortId: string;
  /** The compliant state ("S3 bucket is not publicly accessible"), never "Ensure ...". */
  title: string;
  severity: Severity;
  service: Service;
  resourceKind: ResourceKind;
  description: string;
  risk: string;
  remediation: { text: string; cli: string; terraform: string };
  references: readonly string[];
  compliance: Partial<Record<FrameworkId, readonly string[]>>;
  /** Defaults for every choice the check makes (thresholds, allow-lists); overridable per run. */
  settings: S;
}

export type ResourceOfKind<K extends ResourceKind> = Extract<CloudResource, { kind: K }>;

/** One check: pure `evaluate` over a collected snapshot, returning one or more verdicts. */
export interface Check<R extends CloudResource = CloudResource, S extends CheckSettings = CheckSettings> {
  readonly metadata: Readonly<CheckMetadata<S>>;
  // Method syntax on purpose: it keeps Check<S3Bucket> assignable to AnyCheck for the heterogeneous registry.
  evaluate(resource: R, ctx: EvaluationContext<S>): Evaluation | readonly Evaluation[];
}

export type AnyCheck = Check<CloudResource, CheckSettings>;

export interface CheckDefinition<K extends ResourceKind, S extends CheckSettings> {
  metadata: CheckMetadata<S> & { resourceKind: K };
  evaluate: (resource: ResourceOfKind<K>, ctx: EvaluationContext<S>) => Evaluation | readonly Evaluation[];
}

/**
 * Validates the metadata and freezes the check. Throws at import time, listing every problem, so that a
 * malformed check stops the process (and the contract test) instead of producing odd findings later.
 */
export function defineCheck<K extends ResourceKind, S extends CheckSettings>(
  definition: CheckDefinition<K, S>,
): Check<ResourceOfKind<K>, S> {
  const parsed = checkMetadataSchema.safeParse(definition.metadata);
  if (!parsed.success) {
    const id = String((definition.metadata as { id?: unknown }).id ?? '(no id)');
    throw new Error(`Invalid metadata for check ${id}:\n${formatMetadataIssues(parsed.error)}`);
  }
  const metadata = Object.freeze({ ...definition.metadata, settings: Object.freeze({ ...definition.metadata.settings }) });
  return Object.freeze({ metadata, evaluate: definition.evaluate });
}
