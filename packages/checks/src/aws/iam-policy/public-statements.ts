import type { PolicyDocument } from '@cspmexa/resources';
import { type ConditionEntry, restrictingConditions } from './conditions';
import { everyonePrincipal, type EveryonePrincipal } from './principals';
import { policyStatements } from './statements';

export interface PublicStatement {
  /** Position in the Statement list, for documents whose statements have no Sid. */
  index: number;
  sid?: string;
  principal: EveryonePrincipal;
}

export interface StatementAnalysis {
  publicStatements: PublicStatement[];
  /** Allow-to-everyone statements kept private by a restricting condition, reported as evidence. */
  restrictedStatements: { index: number; sid?: string; conditions: ConditionEntry[] }[];
}

/**
 * Finds the Allow statements a stranger could use: principal "everyone" and no restricting condition. Deny
 * statements never grant access, so they are skipped; they are also not credited with restricting an Allow,
 * because proving that a Deny covers the Allow's actions and resources is beyond this analysis (AWS's own
 * policy-status evaluation, when collected, is the second opinion).
 */
export function analysePolicyStatements(document: PolicyDocument, restrictingKeys: readonly string[]): StatementAnalysis {
  const analysis: StatementAnalysis = { publicStatements: [], restrictedStatements: [] };
  policyStatements(document).forEach((statement, index) => {
    if (statement.Effect !== 'Allow') return;
    const principal = everyonePrincipal(statement);
    if (principal === undefined) return;
    const conditions = restrictingConditions(statement, restrictingKeys);
    if (conditions.length > 0) analysis.restrictedStatements.push({ index, sid: statement.Sid, conditions });
    else analysis.publicStatements.push({ index, sid: statement.Sid, principal });
  });
  return analysis;
}
