import type { PolicyStatement } from '@cspmexa/resources';
import { globCovers, globsOverlap } from './glob-relations';
import { asList } from './statements';

// ARNs of S3 objects are case-sensitive (object keys are), so resource globs are compared exactly.
const EXACT = { ignoreCase: false } as const;

/**
 * Whether the statement's resource element covers everything `target` names (an ARN or an ARN glob such as
 * `arn:aws:s3:::bucket/*`). `NotResource` covers it when no exception touches it. A statement with neither
 * element is malformed for a resource policy and covers nothing.
 */
export function resourcesCoverAll(statement: PolicyStatement, target: string): boolean {
  if (statement.Resource !== undefined) return asList(statement.Resource).some((r) => globCovers(r, target, EXACT));
  if (statement.NotResource !== undefined) return !asList(statement.NotResource).some((n) => globsOverlap(n, target, EXACT));
  return false;
}

/**
 * The resource globs a statement applies to, as targets another statement must cover. `NotResource` (or no
 * resource element) is read as `*`: "everything but a few" can only be covered by a statement on everything.
 */
export function resourceTargets(statement: PolicyStatement): readonly string[] {
  return statement.Resource !== undefined ? asList(statement.Resource) : ['*'];
}
