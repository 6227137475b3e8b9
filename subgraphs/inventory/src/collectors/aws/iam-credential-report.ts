/**
 * The IAM credential report: GenerateCredentialReport until IAM says COMPLETE (it builds the report
 * asynchronously, at most every four hours), then GetCredentialReport, parsed from CSV. One report covers every
 * user and the root account, instead of several calls per user.
 */
import { GenerateCredentialReportCommand, GetCredentialReportCommand } from '@aws-sdk/client-iam';
import type { CredentialReportEntry, ReportAccessKey, ReportTimestamp } from '@cspmexa/resources';
import type { ApiRef } from './calls/aws-caller';
import type { AwsScanContext } from './collector';

export interface ReportPolling {
  intervalMs: number;
  maxPolls: number;
  sleep(ms: number): Promise<void>;
}

const iamApi = (operation: string): ApiRef => ({ service: 'iam', operation, region: 'global', apiClass: 'iam' });

export class ReportNotReadyError extends Error {
  override readonly name = 'ReportNotReady';
  constructor() {
    super('The credential report was still being generated after the polling limit.');
  }
}

/** Throws the AWS error of the failing call (with its API) or ReportNotReadyError; the caller records it. */
export async function fetchCredentialReport(ctx: AwsScanContext, polling: ReportPolling): Promise<{ api: ApiRef; rows?: CredentialReportEntry[]; error?: unknown }> {
  const iam = ctx.iam();
  const generate = iamApi('GenerateCredentialReport');
  for (let poll = 0; ; poll++) {
    let state;
    try {
      state = (await ctx.caller.call(generate, () => iam.send(new GenerateCredentialReportCommand({})))).State;
    } catch (err) {
      return { api: generate, error: err };
    }
    if (state === 'COMPLETE') break;
    if (poll + 1 >= polling.maxPolls) return { api: generate, error: new ReportNotReadyError() };
    await polling.sleep(polling.intervalMs);
  }
  const get = iamApi('GetCredentialReport');
  try {
    const out = await ctx.caller.call(get, () => iam.send(new GetCredentialReportCommand({})));
    return { api: get, rows: parseCredentialReport(Buffer.from(out.Content ?? new Uint8Array()).toString('utf8')) };
  } catch (err) {
    return { api: get, error: err };
  }
}

function timestamp(value: string | undefined): ReportTimestamp {
  if (value === 'no_information') return { state: 'no_information' };
  if (value === 'not_supported') return { state: 'not_supported' };
  if (!value || value === 'N/A') return { state: 'not_applicable' };
  return { state: 'date', at: value };
}

const flag = (value: string | undefined) => value === 'true';

function accessKey(row: Record<string, string>, slot: 1 | 2): ReportAccessKey {
  const p = `access_key_${slot}_`;
  const region = row[`${p}last_used_region`];
  const service = row[`${p}last_used_service`];
  return {
    slot,
    active: flag(row[`${p}active`]),
    lastRotated: timestamp(row[`${p}last_rotated`]),
    lastUsed: timestamp(row[`${p}last_used_date`]),
    ...(region && region !== 'N/A' ? { lastUsedRegion: region } : {}),
    ...(service && service !== 'N/A' ? { lastUsedService: service } : {}),
  };
}

/** The report's CSV has a header line and never quotes: no field can contain a comma. */
export function parseCredentialReport(csv: string): CredentialReportEntry[] {
  const [header, ...lines] = csv.split(/\r?\n/).filter((l) => l.trim() !== '');
  if (!header) throw new SyntaxError('empty credential report');
  const columns = header.split(',');
  if (!columns.includes('user') || !columns.includes('arn')) throw new SyntaxError('credential report has no user/arn columns');
  return lines.map((line) => {
    const cells = line.split(',');
    const row: Record<string, string> = Object.fromEntries(columns.map((c, i) => [c, cells[i] ?? '']));
    const password = row.password_enabled;
    return {
      user: row.user ?? '',
      arn: row.arn ?? '',
      ...(row.user_creation_time && row.user_creation_time !== 'N/A' ? { userCreationTime: row.user_creation_time } : {}),
      passwordEnabled: password === 'not_supported' ? 'not_supported' : flag(password),
      passwordLastUsed: timestamp(row.password_last_used),
      passwordLastChanged: timestamp(row.password_last_changed),
      passwordNextRotation: timestamp(row.password_next_rotation),
      mfaActive: flag(row.mfa_active),
      accessKeys: [accessKey(row, 1), accessKey(row, 2)],
      cert1Active: flag(row.cert_1_active),
      cert2Active: flag(row.cert_2_active),
    };
  });
}
