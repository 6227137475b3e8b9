import type { PolicyStatement } from '@cspmexa/resources';
import { globCovers, globsOverlap } from './glob-relations';
import { asList } from './statements';

/**
 * Whether the statement's action element reaches at least one action that `pattern` names ("does this Allow
 * grant any s3:Put* action"). `Action: "s3:*"`, `"*"` and `"s3:*Object"` all reach `s3:Put*`; `NotAction` reaches
 * it unless one of its exceptions covers the whole pattern. Effect is the caller's concern.
 */
export function actionsReachAny(statement: PolicyStatement, pattern: string): boolean {
  if (statement.Action !== undefined) return asList(statement.Action).some((a) => globsOverlap(a, pattern));
  // An exception list covers a pattern only when one exception does; a union of several narrower exceptions that
  // happens to cover it is not recognised, so a NotAction Allow is read as granting more, never less.
  if (statement.NotAction !== undefined) return !asList(statement.NotAction).some((n) => globCovers(n, pattern));
  return false;
}

/**
 * Whether the statement's action element covers every action `pattern` names ("does this Deny cover all of
 * s3:*"). `NotAction` covers it when no exception touches it (`NotAction: "iam:*"` covers `s3:*`).
 */
export function actionsCoverAll(statement: PolicyStatement, pattern: string): boolean {
  if (statement.Action !== undefined) return asList(statement.Action).some((a) => globCovers(a, pattern));
  if (statement.NotAction !== undefined) return !asList(statement.NotAction).some((n) => globsOverlap(n, pattern));
  return false;
}
