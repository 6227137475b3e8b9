/**
 * IAM query protocol (`POST /`, `Action=...&Version=2010-05-08`, signed for us-east-1): the account
 * authorization details paged with MaxItems / Marker / IsTruncated, the credential report (generated on the first
 * request, STARTED then COMPLETE, base64 CSV), the account summary and password policy, and the two small lists.
 */
import { queryError, queryResult, type Answer, type Routed } from './answer';
import type { Estate } from './estate';
import { credentialReportCsv, groupXml, managedPolicyXml, roleXml, userXml } from './iam-items';
import { decodeToken, pageOf } from './pages';
import type { ParsedRequest } from './request';
import { el, wrap } from './xml';

const xmlns = 'https://iam.amazonaws.com/doc/2010-05-08/';
export const IAM_MAX_ITEMS = 1000;
const IAM_DEFAULT_ITEMS = 100;
const localPolicies = ['bench-readers', 'bench-deployers', 'bench-backup'];

type Detail = { list: 'UserDetailList' | 'GroupDetailList' | 'RoleDetailList' | 'Policies'; xml: string };

/** Every entity GetAccountAuthorizationDetails returns, in the order it pages through them. */
export function authorizationDetails(estate: Estate): Detail[] {
  return [
    ...estate.users.map((u): Detail => ({ list: 'UserDetailList', xml: userXml(u, estate.accountId) })),
    ...estate.groups.map((g, i): Detail => ({ list: 'GroupDetailList', xml: groupXml(g, i, estate.accountId) })),
    ...estate.roles.map((r): Detail => ({ list: 'RoleDetailList', xml: roleXml(r, estate.accountId) })),
    ...localPolicies.map((p): Detail => ({ list: 'Policies', xml: managedPolicyXml(p, estate.accountId) })),
  ];
}

function authorizationDetailsAnswer(details: Detail[], form: URLSearchParams): Answer {
  const offset = decodeToken('GetAccountAuthorizationDetails', form.get('Marker'));
  if (offset === undefined) return queryError(400, 'ValidationError', 'Invalid Marker.');
  const size = Math.min(IAM_MAX_ITEMS, Number(form.get('MaxItems') ?? IAM_DEFAULT_ITEMS));
  const page = pageOf('GetAccountAuthorizationDetails', details, offset, size);
  const lists = (['UserDetailList', 'GroupDetailList', 'RoleDetailList', 'Policies'] as const).map((name) =>
    wrap(name, page.items.filter((d) => d.list === name).map((d) => `<member>${d.xml}</member>`).join('')),
  );
  return queryResult('GetAccountAuthorizationDetails', xmlns, lists.join('') + el('IsTruncated', Boolean(page.next)) + el('Marker', page.next));
}

export interface IamState {
  /** When the credential report became (or becomes) available; undefined before the first Generate call. */
  reportReadyAt?: number;
}

function summary(estate: Estate): string {
  const entries = { Users: estate.users.length, Roles: estate.roles.length, Groups: estate.groups.length, Policies: localPolicies.length, AccountMFAEnabled: 1, AccountAccessKeysPresent: 0, MFADevices: 0 };
  return wrap('SummaryMap', Object.entries(entries).map(([k, v]) => `<entry>${el('key', k)}${el('value', v)}</entry>`).join(''));
}

const passwordPolicy = wrap(
  'PasswordPolicy',
  el('MinimumPasswordLength', 12) + el('RequireSymbols', true) + el('RequireNumbers', true) + el('RequireUppercaseCharacters', true) +
    el('RequireLowercaseCharacters', true) + el('AllowUsersToChangePassword', true) + el('ExpirePasswords', false) + el('PasswordReusePrevention', 5),
);

export function routeIam(req: ParsedRequest, estate: Estate, state: IamState, details: () => Detail[], now: () => number, reportDelayMs: number): Routed {
  const action = req.form.get('Action') ?? '';
  const result = (inner: string) => queryResult(action, xmlns, inner);
  const respond = (): Answer => {
    switch (action) {
      case 'GetAccountAuthorizationDetails':
        return authorizationDetailsAnswer(details(), req.form);
      case 'GenerateCredentialReport':
        if (state.reportReadyAt === undefined) {
          state.reportReadyAt = now() + reportDelayMs;
          return result(el('State', 'STARTED') + el('Description', 'No report exists. Starting a new report generation task'));
        }
        return result(el('State', now() >= state.reportReadyAt ? 'COMPLETE' : 'INPROGRESS'));
      case 'GetCredentialReport':
        if (state.reportReadyAt === undefined) return queryError(410, 'ReportNotPresent', 'Credential report not present.');
        if (now() < state.reportReadyAt) return queryError(404, 'ReportInProgress', 'Credential report is being generated.');
        return result(el('Content', Buffer.from(credentialReportCsv(estate)).toString('base64')) + el('ReportFormat', 'text/csv') + el('GeneratedTime', new Date(state.reportReadyAt).toISOString()));
      case 'GetAccountSummary':
        return result(summary(estate));
      case 'GetAccountPasswordPolicy':
        return result(passwordPolicy);
      case 'ListVirtualMFADevices':
        return result(wrap('VirtualMFADevices', '') + el('IsTruncated', false));
      case 'ListServerCertificates':
        return result(wrap('ServerCertificateMetadataList', '') + el('IsTruncated', false));
      default:
        return queryError(400, 'InvalidAction', `Could not find operation ${action} for version 2010-05-08`);
    }
  };
  return { api: action, apiClass: 'iam', respond, throttled: () => queryError(400, 'Throttling', 'Rate exceeded') };
}
