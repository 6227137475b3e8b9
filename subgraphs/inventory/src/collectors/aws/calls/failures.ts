/**
 * Turning an AWS failure into what the scan records: the API, the code, and for a denial the IAM action to grant
 * (SECURITY.md X3), so that "PARTIAL" always says what could not be read and how to fix it.
 */
import type { ScanErrorRecord } from '../../../domain/scan-error';
import { awsErrorCode, awsErrorMessage, isAccessDenied } from '../aws-errors';
import type { ApiRef } from './aws-caller';

/** Where the IAM action differs from `<service>:<Operation>`. */
const iamActionOverrides: Record<string, string> = {
  's3:GetBucketLocation': 's3:GetBucketLocation',
  's3:GetPublicAccessBlock': 's3:GetBucketPublicAccessBlock',
  's3:GetBucketEncryption': 's3:GetEncryptionConfiguration',
  's3:GetBucketOwnershipControls': 's3:GetBucketOwnershipControls',
  's3:GetObjectLockConfiguration': 's3:GetBucketObjectLockConfiguration',
  's3:ListBuckets': 's3:ListAllMyBuckets',
  's3control:GetPublicAccessBlock': 's3:GetAccountPublicAccessBlock',
  'ec2:GetEbsEncryptionByDefault': 'ec2:GetEbsEncryptionByDefault',
};

export const apiName = (api: Pick<ApiRef, 'service' | 'operation'>) => `${api.service}:${api.operation}`;

export function iamActionFor(api: Pick<ApiRef, 'service' | 'operation'>): string {
  const name = apiName(api);
  return iamActionOverrides[name] ?? (api.service === 's3control' ? `s3:${api.operation}` : name);
}

export function describeFailure(api: Pick<ApiRef, 'service' | 'operation'>, err: unknown): { code: string; message: string } {
  const code = awsErrorCode(err);
  const message = awsErrorMessage(err);
  return { code, message: isAccessDenied(code) ? `${message} (needs ${iamActionFor(api)})` : message };
}

export function scanError(api: ApiRef, err: unknown, resourceArn?: string): ScanErrorRecord {
  const { code, message } = describeFailure(api, err);
  return { api: apiName(api), region: api.region, ...(resourceArn ? { resourceArn } : {}), code, message };
}
