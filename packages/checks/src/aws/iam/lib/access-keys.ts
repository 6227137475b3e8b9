import type { CredentialReportEntry, ReportAccessKey } from '@cspmexa/resources';

/** The report's active access key slots (a user has at most two). */
export function activeKeys(row: CredentialReportEntry): ReportAccessKey[] {
  return row.accessKeys.filter((key) => key.active);
}

export const IAM_KEY_CLI = {
  deactivate: 'aws iam update-access-key --user-name <user> --access-key-id <key-id> --status Inactive',
  delete: 'aws iam delete-access-key --user-name <user> --access-key-id <key-id>',
  list: 'aws iam list-access-keys --user-name <user>',
} as const;
