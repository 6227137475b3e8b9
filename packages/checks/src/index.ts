// The package's public surface, named one by one: consumers (findings subgraph, bench) get the engine, the
// registry and the catalogues, not the internals of individual checks.
export { forEachVerdict, prepareRun, runChecks, type CheckResult, type CheckRun, type RunChecksOptions, type VerdictVisitor } from './engine/runner';
export { allChecks, checksFor } from './engine/registry';
export { defineCheck, type AnyCheck, type Check, type CheckMetadata } from './engine/define-check';
export { evaluateCheck } from './engine/evaluate-check';
export type { AccountContext, EvaluationContext } from './engine/context';
export type { Evaluation, Evidence } from './engine/result';
export type { CheckSettings, SettingValue } from './engine/settings';
export type { Service } from './engine/metadata-schema';
export { atLeast, severityRank, SEVERITIES, CHECK_STATUSES, type CheckStatus, type Severity } from './engine/status';
export { frameworks, findControl } from './frameworks/catalogue';
export type { Framework, FrameworkControl, FrameworkId } from './frameworks/types';
