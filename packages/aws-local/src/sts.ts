/**
 * STS for the stand-in, in the AWS query protocol (form-encoded POST /, XML answers): GetCallerIdentity and
 * AssumeRole. AssumeRole answers temporary credentials by default and records what it was asked; `deny` makes it
 * answer AccessDenied the way STS does when the trust policy or the ExternalId does not match.
 *
 * The issued AccessKeyId/SecretAccessKey are STAND_IN_CREDENTIALS' (s3rver's only account), not fresh ASIA... keys:
 * the caller signs its next S3 calls with them and s3rver refuses any key it does not know (InvalidAccessKeyId).
 * The SessionToken is fresh per call; s3rver ignores it, and GetCallerIdentity signed with it answers the
 * assumed role's identity, as STS does.
 *
 * A role defined with `defineRole(arn, { externalId })` enforces its trust policy's `sts:ExternalId` condition: an
 * AssumeRole without that exact ExternalId is AccessDenied, as on AWS (SECURITY.md A1). Roles not defined are
 * granted to anyone. Static keys added with `addAccessKeys` identify as an IAM user; a request signed with a key the
 * stand-in does not know is refused with InvalidClientTokenId.
 */
import crypto from 'node:crypto';
import type http from 'node:http';

/** s3rver's built-in account: requests signed with other keys are refused as they would be by AWS. */
export const STAND_IN_CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } as const;

export interface AssumeRoleCall {
  roleArn: string;
  roleSessionName: string;
  externalId?: string;
  durationSeconds?: number;
}

/** The part of a role's trust policy the stand-in enforces. */
export interface StandInRole {
  externalId: string;
}

export interface StsStandIn {
  /** Every AssumeRole received, in order, whether it was granted or denied. */
  assumeRoleCalls: AssumeRoleCall[];
  /** Makes AssumeRole of this role require exactly this ExternalId (its trust policy's condition). */
  defineRole(roleArn: string, role: StandInRole): void;
  /** Static keys of an IAM user `<userName>` of the stand-in's account: GetCallerIdentity answers that user. */
  addAccessKeys(keys: { accessKeyId: string; secretAccessKey: string }, userName?: string): void;
  /** `true`: AssumeRole answers 403 AccessDenied (as for a trust policy or ExternalId mismatch); `false`: grants it. */
  denyAssumeRole(deny?: boolean): void;
  /** Answers AssumeRole only after `ms` (a slow STS: keeps a caller busy long enough to observe it mid-flight). */
  delayAssumeRole(ms: number): void;
  /** Answers one query-protocol request; `headers` carry the session token of assumed-role credentials. */
  handle(params: URLSearchParams, headers: http.IncomingHttpHeaders): Promise<{ status: number; body: string }>;
}

const NS = 'xmlns="https://sts.amazonaws.com/doc/2011-06-15/"';
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const requestId = () => crypto.randomUUID();

interface Identity {
  arn: string;
  userId: string;
  account: string;
}

export function callerIdentityXml(identity: Identity): string {
  return `<GetCallerIdentityResponse ${NS}><GetCallerIdentityResult><Arn>${esc(identity.arn)}</Arn><UserId>${esc(identity.userId)}</UserId><Account>${identity.account}</Account></GetCallerIdentityResult><ResponseMetadata><RequestId>${requestId()}</RequestId></ResponseMetadata></GetCallerIdentityResponse>`;
}

export function assumeRoleXml(c: { sessionToken: string; expiration: Date }, user: Identity): string {
  const credentials = `<Credentials><AccessKeyId>${STAND_IN_CREDENTIALS.accessKeyId}</AccessKeyId><SecretAccessKey>${STAND_IN_CREDENTIALS.secretAccessKey}</SecretAccessKey><SessionToken>${c.sessionToken}</SessionToken><Expiration>${c.expiration.toISOString()}</Expiration></Credentials>`;
  const assumed = `<AssumedRoleUser><AssumedRoleId>${esc(user.userId)}</AssumedRoleId><Arn>${esc(user.arn)}</Arn></AssumedRoleUser>`;
  return `<AssumeRoleResponse ${NS}><AssumeRoleResult>${credentials}${assumed}</AssumeRoleResult><ResponseMetadata><RequestId>${requestId()}</RequestId></ResponseMetadata></AssumeRoleResponse>`;
}

/** STS's error shape (not S3's): ErrorResponse/Error/{Type,Code,Message} plus RequestId. */
export function stsErrorXml(code: string, message: string, type: 'Sender' | 'Receiver' = 'Sender'): string {
  return `<ErrorResponse ${NS}><Error><Type>${type}</Type><Code>${code}</Code><Message>${esc(message)}</Message></Error><RequestId>${requestId()}</RequestId></ErrorResponse>`;
}

/** `arn:aws:iam::123456789012:role/path/Name` -> its account and name (the path is not part of the session ARN). */
function parseRoleArn(roleArn: string): { partition: string; account: string; name: string } | undefined {
  const m = /^arn:([\w-]+):iam::(\d{12}):role\/(?:[\w+=,.@/-]*\/)?([\w+=,.@-]+)$/.exec(roleArn);
  return m ? { partition: m[1] as string, account: m[2] as string, name: m[3] as string } : undefined;
}

/** The access key id of a SigV4 `Authorization` header (`... Credential=<key id>/<date>/...`). */
function signingKeyId(headers: http.IncomingHttpHeaders): string | undefined {
  return /Credential=([^/]+)\//.exec(headers.authorization ?? '')?.[1];
}

export function createStsStandIn(accountId: string): StsStandIn {
  const caller: Identity = { arn: `arn:aws:iam::${accountId}:user/stand-in`, userId: 'AIDASTANDIN000000000', account: accountId };
  const sessions = new Map<string, Identity>();
  const roles = new Map<string, StandInRole>();
  const keyUsers = new Map<string, Identity>([[STAND_IN_CREDENTIALS.accessKeyId, caller]]);
  const assumeRoleCalls: AssumeRoleCall[] = [];
  let deny = false;
  let delayMs = 0;

  const assumeRole = async (params: URLSearchParams, signer: Identity) => {
    const roleArn = params.get('RoleArn') ?? '';
    const roleSessionName = params.get('RoleSessionName') ?? '';
    const externalId = params.get('ExternalId');
    const duration = params.get('DurationSeconds');
    assumeRoleCalls.push({ roleArn, roleSessionName, ...(externalId !== null ? { externalId } : {}), ...(duration ? { durationSeconds: Number(duration) } : {}) });
    if (delayMs > 0) await new Promise((r) => setTimeout(r, delayMs));
    const role = parseRoleArn(roleArn);
    if (!role || !roleSessionName) return { status: 400, body: stsErrorXml('ValidationError', `Invalid RoleArn or RoleSessionName: ${roleArn}`) };
    const trust = roles.get(roleArn);
    if (deny || (trust && trust.externalId !== externalId)) {
      return { status: 403, body: stsErrorXml('AccessDenied', `User: ${signer.arn} is not authorized to perform: sts:AssumeRole on resource: ${roleArn}`) };
    }
    const sessionToken = crypto.randomBytes(48).toString('base64');
    const roleId = `AROA${crypto.createHash('sha1').update(roleArn).digest('hex').slice(0, 17).toUpperCase()}`;
    const user: Identity = { arn: `arn:${role.partition}:sts::${role.account}:assumed-role/${role.name}/${roleSessionName}`, userId: `${roleId}:${roleSessionName}`, account: role.account };
    sessions.set(sessionToken, user);
    const expiration = new Date(Date.now() + (Number(duration) || 3600) * 1000);
    return { status: 200, body: assumeRoleXml({ sessionToken, expiration }, user) };
  };

  return {
    assumeRoleCalls,
    defineRole: (roleArn, role) => void roles.set(roleArn, role),
    addAccessKeys: (keys, userName = 'static-keys') =>
      void keyUsers.set(keys.accessKeyId, { arn: `arn:aws:iam::${accountId}:user/${userName}`, userId: `AIDA${userName.toUpperCase().replace(/\W/g, '')}`, account: accountId }),
    denyAssumeRole: (d = true) => {
      deny = d;
    },
    delayAssumeRole: (ms) => {
      delayMs = ms;
    },
    async handle(params, headers) {
      const token = headers['x-amz-security-token'];
      const keyId = signingKeyId(headers);
      const session = typeof token === 'string' ? sessions.get(token) : undefined;
      const signer = session ?? (keyId === undefined ? caller : keyUsers.get(keyId));
      if (!signer) return { status: 403, body: stsErrorXml('InvalidClientTokenId', 'The security token included in the request is invalid.') };
      const action = params.get('Action');
      if (action === 'GetCallerIdentity') return { status: 200, body: callerIdentityXml(signer) };
      if (action === 'AssumeRole') return assumeRole(params, signer);
      return { status: 400, body: stsErrorXml('InvalidAction', `Could not find operation ${action ?? ''} for version ${params.get('Version') ?? ''}`) };
    },
  };
}
