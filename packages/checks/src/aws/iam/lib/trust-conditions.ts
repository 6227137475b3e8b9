import type { PolicyDocument } from '@cspmexa/resources';
import { coversAction } from '../../iam-policy/actions';
import { conditionEntries, isRestricting } from '../../iam-policy/conditions';
import { conditionPrincipalAccounts, namedAwsPrincipals, principalAccountId } from '../../iam-policy/principal-accounts';
import { everyonePrincipal } from '../../iam-policy/principals';
import { policyStatements } from '../../iam-policy/statements';

/** A trust statement letting principals outside the role's account assume it with none of the required conditions. */
export interface UnguardedTrust {
  index: number;
  sid?: string;
  principals: string[];
}

// sts:AssumeRole and its SAML/web-identity variants are not about AWS principals; TagSession rides along.
const ASSUME = 'sts:AssumeRole';

/**
 * The Allow statements of a trust policy that let another account (or anyone) assume the role without one of
 * `requiredKeys` constraining the call. A condition counts only when it truly narrows: negated, `IfExists`,
 * `Null` and `*` forms do not (see isRestricting), and aws:MultiFactorAuthPresent must be tested for "true".
 */
export function unguardedCrossAccountTrust(document: PolicyDocument, ownAccountId: string, requiredKeys: readonly string[]): UnguardedTrust[] {
  const keys = new Set(requiredKeys.map((k) => k.toLowerCase()));
  const found: UnguardedTrust[] = [];
  policyStatements(document).forEach((statement, index) => {
    if (statement.Effect !== 'Allow' || !coversAction(statement, ASSUME)) return;
    // A condition confining callers to the role's own account makes the statement not cross-account at all.
    const confinedTo = conditionPrincipalAccounts(statement);
    if (confinedTo !== undefined && [...confinedTo].every((id) => id === ownAccountId)) return;
    const everyone = everyonePrincipal(statement);
    // Principals without an account are unique ids (AROA..., AIDA...) IAM writes when the named principal was
    // deleted: they match no caller, so they trust nobody.
    const foreign = namedAwsPrincipals(statement).filter((p) => {
      const accountId = principalAccountId(p);
      return accountId !== undefined && accountId !== ownAccountId;
    });
    const principals = everyone !== undefined ? [everyone, ...foreign] : foreign;
    if (principals.length === 0) return;
    const guarded = conditionEntries(statement).some(
      (entry) => isRestricting(entry, keys) && (entry.key.toLowerCase() !== 'aws:multifactorauthpresent' || entry.values.every((v) => v === 'true')),
    );
    if (!guarded) found.push({ index, ...(statement.Sid !== undefined ? { sid: statement.Sid } : {}), principals });
  });
  return found;
}
