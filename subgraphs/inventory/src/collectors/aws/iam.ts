/**
 * IAM collector (global, region `global`): users, groups, roles and managed policies from one paged
 * GetAccountAuthorizationDetails (which also tells who has AWSSupportAccess); the credential report joined onto
 * users and the root; the account's password policy, summary and virtual MFA devices; server certificates. Nothing here is fatal: what fails is recorded.
 */
import {
  GetAccountAuthorizationDetailsCommand,
  GetAccountPasswordPolicyCommand,
  GetAccountSummaryCommand,
  ListServerCertificatesCommand,
  ListVirtualMFADevicesCommand,
} from '@aws-sdk/client-iam';
import {
  absent,
  GLOBAL_REGION,
  ok,
  readError,
  ROOT_ACCOUNT_USER,
  type CloudResource,
  type Collected,
  type CredentialReportEntry,
  type IamAccount,
  type PolicyAttachments,
} from '@cspmexa/resources';
import type { ScanErrorRecord } from '../../domain/scan-error';
import type { ApiRef } from './calls/aws-caller';
import { scanError } from './calls/failures';
import { paginate } from './calls/paginate';
import { partReader } from './calls/read-part';
import type { AwsCollector, AwsScanContext, CollectorOutput } from './collector';
import { fetchCredentialReport, type ReportPolling } from './iam-credential-report';
import { identitiesFrom } from './iam-identities';
import { attachmentsByPolicy, type AuthorizationDetails } from './iam-normalize';

const iamApi = (operation: string): ApiRef => ({ service: 'iam', operation, region: GLOBAL_REGION, apiClass: 'iam' });
const PAGE = 1000;

async function authorizationDetails(ctx: AwsScanContext): Promise<AuthorizationDetails> {
  const iam = ctx.iam();
  const pages = await paginate(
    ctx.caller,
    iamApi('GetAccountAuthorizationDetails'),
    (Marker) => iam.send(new GetAccountAuthorizationDetailsCommand({ MaxItems: PAGE, Marker })),
    (o) => ({ items: [o], next: o.IsTruncated ? o.Marker : undefined }),
  );
  return {
    UserDetailList: pages.flatMap((p) => p.UserDetailList ?? []),
    GroupDetailList: pages.flatMap((p) => p.GroupDetailList ?? []),
    RoleDetailList: pages.flatMap((p) => p.RoleDetailList ?? []),
    Policies: pages.flatMap((p) => p.Policies ?? []),
  };
}

/** Who has AWSSupportAccess (IAM-20), from the authorization details already read: no ListEntitiesForPolicy call. */
function supportAccessIn(ctx: AwsScanContext, details: AuthorizationDetails): PolicyAttachments {
  const arn = `arn:${ctx.partition}:iam::aws:policy/AWSSupportAccess`;
  return attachmentsByPolicy(details).get(arn) ?? { users: [], groups: [], roles: [] };
}

async function accountResource(
  ctx: AwsScanContext,
  errors: ScanErrorRecord[],
  root: Collected<CredentialReportEntry>,
  supportAccess: Collected<PolicyAttachments>,
): Promise<IamAccount> {
  const iam = ctx.iam();
  const arn = `arn:${ctx.partition}:iam::${ctx.accountId}:account`;
  const read = partReader(ctx.caller, errors);
  const [passwordPolicy, summary, virtualMfaDevices] = await Promise.all([
    read(iamApi('GetAccountPasswordPolicy'), () => iam.send(new GetAccountPasswordPolicyCommand({})), (o) => {
      const p = o.PasswordPolicy ?? {};
      return {
        ...(p.MinimumPasswordLength !== undefined ? { minimumPasswordLength: p.MinimumPasswordLength } : {}),
        requireSymbols: p.RequireSymbols === true,
        requireNumbers: p.RequireNumbers === true,
        requireUppercaseCharacters: p.RequireUppercaseCharacters === true,
        requireLowercaseCharacters: p.RequireLowercaseCharacters === true,
        allowUsersToChangePassword: p.AllowUsersToChangePassword === true,
        expirePasswords: p.ExpirePasswords === true,
        ...(p.MaxPasswordAge !== undefined ? { maxPasswordAge: p.MaxPasswordAge } : {}),
        ...(p.PasswordReusePrevention !== undefined ? { passwordReusePrevention: p.PasswordReusePrevention } : {}),
        ...(p.HardExpiry !== undefined ? { hardExpiry: p.HardExpiry } : {}),
      };
    }, { resourceArn: arn, absentCodes: ['NoSuchEntity', 'NoSuchEntityException'] }),
    read(iamApi('GetAccountSummary'), () => iam.send(new GetAccountSummaryCommand({})), (o) => ({ ...(o.SummaryMap ?? {}) }) as Record<string, number>, { resourceArn: arn }),
    read(iamApi('ListVirtualMFADevices'), () =>
      paginate(ctx.caller, iamApi('ListVirtualMFADevices'), (Marker) => iam.send(new ListVirtualMFADevicesCommand({ MaxItems: PAGE, Marker })), (o) => ({
        items: o.VirtualMFADevices,
        next: o.IsTruncated ? o.Marker : undefined,
      })),
    (devices) => devices.flatMap((d) => (d.SerialNumber ? [{ serialNumber: d.SerialNumber, ...(d.User?.Arn ? { userArn: d.User.Arn } : {}) }] : [])),
    { resourceArn: arn }),
  ]);
  return { kind: 'aws.iam.account', arn, name: 'IAM account settings', accountId: ctx.accountId, region: GLOBAL_REGION, passwordPolicy, summary, root, virtualMfaDevices, supportAccess };
}

async function serverCertificates(ctx: AwsScanContext, errors: ScanErrorRecord[]): Promise<CloudResource[]> {
  const api = iamApi('ListServerCertificates');
  const iam = ctx.iam();
  try {
    const certs = await paginate(ctx.caller, api, (Marker) => iam.send(new ListServerCertificatesCommand({ MaxItems: PAGE, Marker })), (o) => ({
      items: o.ServerCertificateMetadataList,
      next: o.IsTruncated ? o.Marker : undefined,
    }));
    return certs.map((c) => ({
      kind: 'aws.iam.server_certificate' as const,
      arn: c.Arn ?? `arn:${ctx.partition}:iam::${ctx.accountId}:server-certificate/${c.ServerCertificateName}`,
      name: c.ServerCertificateName ?? '',
      accountId: ctx.accountId,
      region: GLOBAL_REGION,
      serverCertificateName: c.ServerCertificateName ?? '',
      ...(c.ServerCertificateId ? { serverCertificateId: c.ServerCertificateId } : {}),
      ...(c.UploadDate ? { uploadDate: c.UploadDate.toISOString() } : {}),
      ...(c.Expiration ? { expiration: c.Expiration.toISOString() } : {}),
    }));
  } catch (err) {
    errors.push(scanError(api, err));
    return [];
  }
}

export function createIamCollector(polling: ReportPolling): AwsCollector {
  return {
    service: 'iam',
    async collect(ctx): Promise<CollectorOutput> {
      const errors: ScanErrorRecord[] = [];
      const report = await fetchCredentialReport(ctx, polling);
      let rows: Collected<Map<string, CredentialReportEntry>>;
      if (report.rows) rows = ok(new Map(report.rows.map((r) => [r.user, r])));
      else {
        const record = scanError(report.api, report.error);
        errors.push(record);
        rows = readError(record.api, record.code, record.message);
      }
      const rowOf = (user: string): Collected<CredentialReportEntry> => {
        if (rows.state !== 'ok') return rows as Collected<never>;
        const row = rows.value.get(user);
        return row ? ok(row) : absent();
      };
      let identities: CloudResource[] = [];
      let supportAccess: Collected<PolicyAttachments>;
      const gaad = iamApi('GetAccountAuthorizationDetails');
      try {
        const details = await authorizationDetails(ctx);
        identities = identitiesFrom(ctx, details, rowOf, (name, err) => errors.push({ ...scanError(gaad, err), code: 'MalformedResponse', resourceArn: name }));
        supportAccess = ok(supportAccessIn(ctx, details));
      } catch (err) {
        const record = scanError(gaad, err);
        errors.push(record);
        supportAccess = readError(record.api, record.code, record.message);
      }
      const [account, certs] = await Promise.all([accountResource(ctx, errors, rowOf(ROOT_ACCOUNT_USER), supportAccess), serverCertificates(ctx, errors)]);
      return { resources: [...identities, account, ...certs], errors };
    },
  };
}

export const iamCollector = createIamCollector({ intervalMs: 2_000, maxPolls: 30, sleep: (ms) => new Promise((r) => setTimeout(r, ms)) });
