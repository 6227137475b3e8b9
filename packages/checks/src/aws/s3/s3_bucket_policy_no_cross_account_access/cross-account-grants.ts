import type { PolicyDocument } from '@cspmexa/resources';
import { conditionPrincipalAccounts, namedAwsPrincipals, principalAccountId } from '../../iam-policy/principal-accounts';
import { everyonePrincipal } from '../../iam-policy/principals';
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
 * Allow statements letting principals of an account other than the bucket's own in: by naming them, or by
 * granting "everyone" with an aws:PrincipalAccount / aws:PrincipalArn condition that admits that account (a
 * common way to share with a list of accounts; S3-03 sees such a statement as restricted, not public). Deny
 * statements are skipped (refusing another account is no exposure); "everyone" without such a condition and
 * NotPrincipal are public access, judged by S3-03.
 */
export function findCrossAccountGrants(document: PolicyDocument, ownAccountId: string, trustedAccountIds: readonly string[]): CrossAccountAnalysis {
  const analysis: CrossAccountAnalysis = { grants: [], trusted: [], unresolved: [] };
  const record = (grant: AccountGrant) => {
    if (grant.accountId === ownAccountId) return;
    if (trustedAccountIds.includes(grant.accountId)) analysis.trusted.push(grant);
    else analysis.grants.push(grant);
  };
  policyStatements(document).forEach((statement, index) => {
    if (statement.Effect !== 'Allow') return;
    const label = statement.Sid ?? `#${index}`;
    const conditional = statement.Condition !== undefined && Object.keys(statement.Condition).length > 0;
    // Callers must also be of these accounts: a named principal of another account is then no grant at all.
    const confinedTo = conditionPrincipalAccounts(statement);
    for (const principal of namedAwsPrincipals(statement)) {
      const accountId = principalAccountId(principal);
      if (accountId === undefined) analysis.unresolved.push({ statement: label, principal });
      else if (confinedTo === undefined || confinedTo.has(accountId)) record({ statement: label, principal, accountId, conditional });
    }
    const everyone = statement.NotPrincipal === undefined ? everyonePrincipal(statement) : undefined;
    if (everyone !== undefined && confinedTo !== undefined) {
      for (const accountId of confinedTo) record({ statement: label, principal: '*', accountId, conditional });
    }
  });
  return analysis;
}
