import type { ResourceKind } from '@cspmexa/resources';
import { generatedChecks } from '../registry.generated';
import type { AnyCheck } from './define-check';

/** Every check, in folder order. Built from `registry.generated.ts`, which scripts/generate-registry.ts writes. */
export const allChecks: readonly AnyCheck[] = Object.freeze(generatedChecks.map((entry) => entry.check));

/** Groups checks by the resource kind they read; the runner does this once per run, not once per resource. */
export function indexByKind(checks: readonly AnyCheck[]): Map<ResourceKind, AnyCheck[]> {
  const index = new Map<ResourceKind, AnyCheck[]>();
  for (const check of checks) {
    const kind = check.metadata.resourceKind;
    const list = index.get(kind);
    if (list) list.push(check);
    else index.set(kind, [check]);
  }
  return index;
}

const allByKind = indexByKind(allChecks);
const NONE: readonly AnyCheck[] = Object.freeze([]);

export function checksFor(kind: ResourceKind): readonly AnyCheck[] {
  return allByKind.get(kind) ?? NONE;
}
