import type { AwsAuthMethod, AwsConnectionInput } from '../../../gql/graphql';

/** What the wizard collects before anything is sent. The secret leaves the page state once the account is added. */
export interface AccountDraft {
  name: string;
  authMethod: AwsAuthMethod;
  roleArn: string;
  accessKeyId: string;
  secretAccessKey: string;
}

export const emptyDraft: AccountDraft = { name: '', authMethod: 'ASSUME_ROLE', roleArn: '', accessKeyId: '', secretAccessKey: '' };

const ROLE_ARN_PATTERN = /^arn:aws[a-z-]*:iam::\d{12}:role\/[\w+=,.@/-]+$/;
const ACCESS_KEY_ID_PATTERN = /^[A-Z0-9]{16,128}$/;

/** Field errors of the credentials step; the server validates again, this only saves a round trip on typos. */
export function credentialProblems(draft: AccountDraft): Partial<Record<'roleArn' | 'accessKeyId' | 'secretAccessKey', string>> {
  if (draft.authMethod === 'ASSUME_ROLE' && !ROLE_ARN_PATTERN.test(draft.roleArn.trim())) {
    return { roleArn: 'Enter a role ARN like arn:aws:iam::123456789012:role/CSPMEXA-ReadOnly' };
  }
  if (draft.authMethod === 'ACCESS_KEYS') {
    const problems: Partial<Record<'accessKeyId' | 'secretAccessKey', string>> = {};
    if (!ACCESS_KEY_ID_PATTERN.test(draft.accessKeyId.trim())) problems.accessKeyId = 'Enter the access key id (upper-case letters and digits).';
    if (draft.secretAccessKey.trim().length < 16) problems.secretAccessKey = 'Enter the secret access key.';
    return problems;
  }
  return {};
}

/** The connection fields of the chosen method only: a role ARN, both keys, or nothing. */
export function connectionInput(draft: AccountDraft): AwsConnectionInput {
  if (draft.authMethod === 'ASSUME_ROLE') return { authMethod: 'ASSUME_ROLE', roleArn: draft.roleArn.trim() };
  if (draft.authMethod === 'ACCESS_KEYS') {
    return { authMethod: 'ACCESS_KEYS', accessKeyId: draft.accessKeyId.trim(), secretAccessKey: draft.secretAccessKey.trim() };
  }
  return { authMethod: draft.authMethod };
}

export const AUTH_METHOD_LABEL: Readonly<Record<string, string>> = {
  ASSUME_ROLE: 'Assumed role',
  ACCESS_KEYS: 'Access keys',
  DEFAULT_CHAIN: 'Default credentials',
  SNAPSHOT: 'Snapshot file',
};
