import type { PolicyStatement } from '@cspmexa/resources';
import { actionsCoverAll } from './action-patterns';
import { everyonePrincipal } from './principals';
import { resourcesCoverAll, resourceTargets } from './resource-patterns';

/** A Deny that binds every caller in every circumstance: principal "everyone" and no Condition at all. */
export function isUnconditionalDenyForEveryone(statement: PolicyStatement): boolean {
  if (statement.Effect !== 'Deny') return false;
  const principal = everyonePrincipal(statement);
  if (principal === undefined || principal === 'NotPrincipal') return false;
  return statement.Condition === undefined || Object.keys(statement.Condition).length === 0;
}

/**
 * The index of a statement that refuses `actionPattern` to everyone on every resource `allow` names, if any.
 * An explicit Deny wins over any Allow wherever it stands in the document, so order does not matter. Only
 * unconditional Denies are credited: whether a conditional one (e.g. StringNotEquals aws:PrincipalAccount)
 * also binds anonymous callers depends on condition semantics this analysis does not model.
 */
export function denyingStatement(statements: readonly PolicyStatement[], allow: PolicyStatement, actionPattern: string): number | undefined {
  const targets = resourceTargets(allow);
  const index = statements.findIndex(
    (s) => isUnconditionalDenyForEveryone(s) && actionsCoverAll(s, actionPattern) && targets.every((t) => resourcesCoverAll(s, t)),
  );
  return index === -1 ? undefined : index;
}
