import type { PolicyStatement } from '@cspmexa/resources';
import { conditionEntries, isNarrowingOperator } from './conditions';
import { asList } from './statements';

const ACCOUNT_ID = /^\d{12}$/;
// arn:aws:iam::111122223333:root, :role/x, :user/x; arn:aws:sts::...:assumed-role/x/s; any partition (aws-cn, aws-us-gov).
const PRINCIPAL_ARN = /^arn:aws[a-z-]*:(?:iam|sts)::(\d{12}):/i;

/**
 * The AWS principals a statement names explicitly: its `Principal.AWS` entries other than `*`. "Everyone"
 * (`*`, `{AWS:"*"}`) and `NotPrincipal` are about public access, not about a particular account, and
 * Service / Federated / CanonicalUser principals do not name an AWS account, so none of them is listed.
 */
export function namedAwsPrincipals(statement: PolicyStatement): readonly string[] {
  const principal = statement.Principal;
  if (principal === undefined || principal === '*') return [];
  return asList(principal['AWS'])
    .map((p) => p.trim())
    .filter((p) => p !== '*');
}

/**
 * The 12-digit account a principal belongs to: a bare account id, or the account part of an IAM/STS ARN (root,
 * user, role, assumed-role). Undefined for anything else, notably the unique ids (AROA..., AIDA...) that IAM
 * writes into a policy when the principal it named was deleted: those match no caller and have no account.
 */
export function principalAccountId(principal: string): string | undefined {
  if (ACCOUNT_ID.test(principal)) return principal;
  return PRINCIPAL_ARN.exec(principal)?.[1];
}

const ACCOUNT_KEYS = new Set(['aws:principalaccount', 'aws:principalarn']);

/**
 * The accounts a statement's conditions confine its callers to, through aws:PrincipalAccount (account ids) or
 * aws:PrincipalArn (ARNs whose account part is fixed, `arn:aws:iam::111122223333:role/ci-*` included); undefined
 * when no condition does. Conditions are ANDed, so with several such entries a caller is in all of their sets.
 * Only narrowing operators count (StringNotEquals or IfExists admit callers of any account).
 */
export function conditionPrincipalAccounts(statement: PolicyStatement): ReadonlySet<string> | undefined {
  if (statement.Condition === undefined) return undefined;
  let accounts: Set<string> | undefined;
  for (const entry of conditionEntries(statement)) {
    if (!ACCOUNT_KEYS.has(entry.key.toLowerCase()) || !isNarrowingOperator(entry.operator) || entry.values.length === 0) continue;
    const ids = entry.values.map((value) => principalAccountId(value.trim()));
    if (ids.some((id) => id === undefined)) continue;
    const entryAccounts = new Set(ids as string[]);
    accounts = accounts === undefined ? entryAccounts : new Set([...accounts].filter((id) => entryAccounts.has(id)));
  }
  return accounts;
}
