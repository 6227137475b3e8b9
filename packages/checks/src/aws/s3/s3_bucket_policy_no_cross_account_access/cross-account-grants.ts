import type { PolicyDocument } from '@cspmexa/resources';
import { namedAwsPrincipals, principalAccountId } from '../../iam-policy/principal-accounts';
import { policyStatements } from '../../iam-policy/statements';

export interface AccountGrant {
  /** The statement's Sid, or its position as `#index`. */
  statement: string;
  principal: string;
  accountId: string;
  /** Conditions narrow the grant but do not take the other account's access away; shown for triage. */
  conditional: boolean;
}

export interface CrossAccountAnalysis {
  grants: AccountGrant[];
  /** Grants to accounts in the trustedAccountIds setting: allowed, reported as evidence. */
  trusted: AccountGrant[];
  /** Principals without an account (unique ids of deleted principals): they match no caller today. */
  unresolved: { statement: string; principal: string }[];
}

/**
 * Allow statements naming AWS principals of an account other than the bucket's own. Deny statements are skipped
 * (refusing another account is no exposure); "everyone" and NotPrincipal are public access, judged by S3-03.
 */
export function findCrossAccountGrants(document: PolicyDocument, ownAccountId: string, trustedAccountIds: readonly string[]): CrossAccountAnalysis {
  const analysis: CrossAccountAnalysis = { grants: [], trusted: [], unresolved: [] };
  policyStatements(document).forEach((statement, index) => {
    if (statement.Effect !== 'Allow') return;
    const label = statement.Sid ?? `#${index}`;
    const conditional = statement.Condition !== undefined && Object.keys(statement.Condition).length > 0;
    for (const principal of namedAwsPrincipals(statement)) {
      const accountId = principalAccountId(principal);
      if (accountId === undefined) analysis.unresolved.push({ statement: label, principal });
      else if (accountId === ownAccountId) continue;
      else if (trustedAccountIds.includes(accountId)) analysis.trusted.push({ statement: label, principal, accountId, conditional });
      else analysis.grants.push({ statement: label, principal, accountId, conditional });
    }
  });
  return analysis;
}
