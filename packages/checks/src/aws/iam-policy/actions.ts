import type { PolicyStatement } from '@cspmexa/resources';
import { asList } from './statements';
import { wildcardMatch } from './wildcard';

/**
 * Whether the statement's action element covers `action` (e.g. 's3:PutObject'), honouring wildcards in either
 * `Action` or `NotAction`. Effect is the caller's concern: this answers "does the statement speak about it".
 */
export function coversAction(statement: PolicyStatement, action: string): boolean {
  if (statement.Action !== undefined) return asList(statement.Action).some((p) => wildcardMatch(p, action));
  // NotAction lists the exceptions: the statement is about every action not matched by them.
  if (statement.NotAction !== undefined) return !asList(statement.NotAction).some((p) => wildcardMatch(p, action));
  return false;
}
