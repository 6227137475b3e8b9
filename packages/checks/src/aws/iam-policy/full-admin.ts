import type { PolicyDocument } from '@cspmexa/resources';
import { conditionEntries, type ConditionEntry } from './conditions';
import { asList, policyStatements } from './statements';

/** An Allow statement granting every action on every resource, with the conditions it carries (if any). */
export interface FullAdminStatement {
  index: number;
  sid?: string;
  conditions: ConditionEntry[];
}

// "*" and "*:*" both mean every action of every service; IAM ignores surrounding blanks.
const EVERY_ACTION = /^\s*\*(?::\*)?\s*$/;
const EVERY_RESOURCE = /^\s*\*\s*$/;

/**
 * The statements that give "*:*" administrative privileges in the CIS sense: Effect Allow, an Action element
 * (string or list) containing "*" or "*:*", and a Resource element containing "*". NotAction and NotResource
 * statements are not counted: they grant "all but", which is broad but not the full-admin pattern CIS and
 * Prowler flag (the privilege-escalation check looks at them). Conditions do not excuse a statement, since an
 * MFA or IP condition still leaves full admin to whoever meets it; they are returned for the finding's detail.
 */
export function fullAdminStatements(document: PolicyDocument): FullAdminStatement[] {
  const found: FullAdminStatement[] = [];
  policyStatements(document).forEach((statement, index) => {
    if (statement.Effect !== 'Allow' || statement.Action === undefined || statement.Resource === undefined) return;
    if (!asList(statement.Action).some((a) => EVERY_ACTION.test(a))) return;
    if (!asList(statement.Resource).some((r) => EVERY_RESOURCE.test(r))) return;
    found.push({ index, ...(statement.Sid !== undefined ? { sid: statement.Sid } : {}), conditions: conditionEntries(statement) });
  });
  return found;
}
