/** The configuration of one bucket that the stand-in keeps, and its S3 REST/XML rendering. */

export interface StandInGrant {
  type: 'CanonicalUser' | 'Group';
  id?: string;
  uri?: string;
  permission: 'FULL_CONTROL' | 'WRITE' | 'WRITE_ACP' | 'READ' | 'READ_ACP';
}

export interface StandInBucketConfig {
  grants: StandInGrant[];
  policy?: string;
  publicAccessBlock?: { blockPublicAcls: boolean; ignorePublicAcls: boolean; blockPublicPolicy: boolean; restrictPublicBuckets: boolean };
  encryption?: { sseAlgorithm: string; kmsMasterKeyId?: string };
  versioning?: { status?: 'Enabled' | 'Suspended'; mfaDelete?: 'Enabled' | 'Disabled' };
  logging?: { targetBucket: string; targetPrefix: string };
  tags?: Record<string, string>;
  ownershipControls?: 'BucketOwnerEnforced' | 'BucketOwnerPreferred' | 'ObjectWriter';
  objectLock?: { mode?: 'GOVERNANCE' | 'COMPLIANCE'; days?: number };
}

export const OWNER_ID = '75aa57f09aa0c8caeab4f8c24e99d10f8e7faeebf76c078efc7c6caea54ba06a';
export const ALL_USERS = 'http://acs.amazonaws.com/groups/global/AllUsers';

export function defaultBucketConfig(): StandInBucketConfig {
  // New buckets on AWS: owner FULL_CONTROL and SSE-S3 by default (since January 2023).
  return { grants: [{ type: 'CanonicalUser', id: OWNER_ID, permission: 'FULL_CONTROL' }], encryption: { sseAlgorithm: 'AES256' } };
}

const NS = 'xmlns="http://s3.amazonaws.com/doc/2006-03-01/"';
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const doc = (body: string) => `<?xml version="1.0" encoding="UTF-8"?>\n${body}`;

export function aclXml(c: StandInBucketConfig): string {
  const grants = c.grants
    .map((g) => {
      const who = g.type === 'Group' ? `<URI>${esc(g.uri ?? '')}</URI>` : `<ID>${esc(g.id ?? '')}</ID>`;
      return `<Grant><Grantee xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:type="${g.type}">${who}</Grantee><Permission>${g.permission}</Permission></Grant>`;
    })
    .join('');
  return doc(`<AccessControlPolicy ${NS}><Owner><ID>${OWNER_ID}</ID></Owner><AccessControlList>${grants}</AccessControlList></AccessControlPolicy>`);
}

export function policyStatusXml(isPublic: boolean): string {
  return doc(`<PolicyStatus ${NS}><IsPublic>${isPublic}</IsPublic></PolicyStatus>`);
}

export function publicAccessBlockXml(p: NonNullable<StandInBucketConfig['publicAccessBlock']>): string {
  return doc(
    `<PublicAccessBlockConfiguration ${NS}><BlockPublicAcls>${p.blockPublicAcls}</BlockPublicAcls><IgnorePublicAcls>${p.ignorePublicAcls}</IgnorePublicAcls><BlockPublicPolicy>${p.blockPublicPolicy}</BlockPublicPolicy><RestrictPublicBuckets>${p.restrictPublicBuckets}</RestrictPublicBuckets></PublicAccessBlockConfiguration>`,
  );
}

export function encryptionXml(e: NonNullable<StandInBucketConfig['encryption']>): string {
  const key = e.kmsMasterKeyId ? `<KMSMasterKeyID>${esc(e.kmsMasterKeyId)}</KMSMasterKeyID>` : '';
  return doc(
    `<ServerSideEncryptionConfiguration ${NS}><Rule><ApplyServerSideEncryptionByDefault><SSEAlgorithm>${e.sseAlgorithm}</SSEAlgorithm>${key}</ApplyServerSideEncryptionByDefault><BucketKeyEnabled>false</BucketKeyEnabled></Rule></ServerSideEncryptionConfiguration>`,
  );
}

export function versioningXml(v: StandInBucketConfig['versioning']): string {
  const status = v?.status ? `<Status>${v.status}</Status>` : '';
  const mfa = v?.mfaDelete ? `<MfaDelete>${v.mfaDelete}</MfaDelete>` : '';
  return doc(`<VersioningConfiguration ${NS}>${status}${mfa}</VersioningConfiguration>`);
}

export function loggingXml(l: StandInBucketConfig['logging']): string {
  const inner = l ? `<LoggingEnabled><TargetBucket>${esc(l.targetBucket)}</TargetBucket><TargetPrefix>${esc(l.targetPrefix)}</TargetPrefix></LoggingEnabled>` : '';
  return doc(`<BucketLoggingStatus ${NS}>${inner}</BucketLoggingStatus>`);
}

export function taggingXml(tags: Record<string, string>): string {
  const set = Object.entries(tags)
    .map(([k, v]) => `<Tag><Key>${esc(k)}</Key><Value>${esc(v)}</Value></Tag>`)
    .join('');
  return doc(`<Tagging ${NS}><TagSet>${set}</TagSet></Tagging>`);
}

export function errorXml(code: string, message: string, bucket: string): string {
  return doc(`<Error><Code>${code}</Code><Message>${esc(message)}</Message><BucketName>${esc(bucket)}</BucketName><RequestId>standin</RequestId></Error>`);
}

/** AWS's own view of policy publicness, simplified: an Allow to "*" without any Condition. */
export function policyIsPublic(policy: string | undefined): boolean {
  if (!policy) return false;
  try {
    const doc = JSON.parse(policy) as { Statement?: unknown };
    const statements = (Array.isArray(doc.Statement) ? doc.Statement : [doc.Statement]) as Record<string, unknown>[];
    return statements.some((s) => {
      if (!s || s.Effect !== 'Allow' || s.Condition) return false;
      const p = s.Principal as unknown;
      const aws = typeof p === 'object' && p !== null ? (p as Record<string, unknown>).AWS : undefined;
      return p === '*' || aws === '*' || (Array.isArray(aws) && aws.includes('*'));
    });
  } catch {
    return false;
  }
}

export function ownershipControlsXml(ownership: NonNullable<StandInBucketConfig['ownershipControls']>): string {
  return doc(`<OwnershipControls ${NS}><Rule><ObjectOwnership>${ownership}</ObjectOwnership></Rule></OwnershipControls>`);
}

export function objectLockXml(lock: NonNullable<StandInBucketConfig['objectLock']>): string {
  const rule = lock.mode && lock.days ? `<Rule><DefaultRetention><Mode>${lock.mode}</Mode><Days>${lock.days}</Days></DefaultRetention></Rule>` : '';
  return doc(`<ObjectLockConfiguration ${NS}><ObjectLockEnabled>Enabled</ObjectLockEnabled>${rule}</ObjectLockConfiguration>`);
}
