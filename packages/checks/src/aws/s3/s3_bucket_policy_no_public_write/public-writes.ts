import type { PolicyDocument } from '@cspmexa/resources';
import { actionsReachAny } from '../../iam-policy/action-patterns';
import type { ConditionEntry } from '../../iam-policy/conditions';
import { denyingStatement } from '../../iam-policy/explicit-denies';
import { analysePolicyStatements, type PublicStatement } from '../../iam-policy/public-statements';
import { policyStatements } from '../../iam-policy/statements';

/** An Allow-to-everyone statement and the write action patterns it grants that no Deny takes back. */
export interface PublicWrite extends PublicStatement {
  writes: string[];
}

export interface PublicWriteAnalysis {
  publicWrites: PublicWrite[];
  /** Writes an Allow-to-everyone reached that an unconditional Deny for everyone refuses again. */
  deniedWrites: { index: number; sid?: string; write: string; deniedBy: number }[];
  /** Allow-to-everyone statements reaching a write but kept private by a restricting condition. */
  restrictedWrites: { index: number; sid?: string; conditions: ConditionEntry[] }[];
}

/**
 * Finds the statements through which anyone could write to the bucket: an Allow to everyone, without a
 * restricting condition (the S3-03 analysis), whose actions reach one of `writeActionPatterns`, and that no
 * unconditional Deny for everyone cancels. Action wildcards are compared as patterns, so `s3:*`, `*`,
 * `s3:*Object` and `NotAction: s3:GetObject` all count as writes.
 */
export function findPublicWrites(
  document: PolicyDocument,
  writeActionPatterns: readonly string[],
  restrictingConditionKeys: readonly string[],
): PublicWriteAnalysis {
  const statements = policyStatements(document);
  const analysis = analysePolicyStatements(document, restrictingConditionKeys);
  const result: PublicWriteAnalysis = { publicWrites: [], deniedWrites: [], restrictedWrites: [] };
  const reachesWrite = (index: number) => {
    const statement = statements[index];
    return statement !== undefined && writeActionPatterns.some((p) => actionsReachAny(statement, p));
  };

  for (const candidate of analysis.publicStatements) {
    const statement = statements[candidate.index];
    if (statement === undefined) continue;
    const writes: string[] = [];
    for (const pattern of writeActionPatterns) {
      if (!actionsReachAny(statement, pattern)) continue;
      const deniedBy = denyingStatement(statements, statement, pattern);
      if (deniedBy === undefined) writes.push(pattern);
      else result.deniedWrites.push({ index: candidate.index, sid: candidate.sid, write: pattern, deniedBy });
    }
    if (writes.length > 0) result.publicWrites.push({ ...candidate, writes });
  }
  result.restrictedWrites = analysis.restrictedStatements.filter((s) => reachesWrite(s.index));
  return result;
}
