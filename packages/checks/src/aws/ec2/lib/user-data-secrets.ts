import type { UserDataSummary } from '@cspmexa/resources';

/** The secret pattern names found in user data, minus those the tenant accepts (e.g. a known public key marker). */
export function secretFindings(userData: UserDataSummary | undefined, ignored: readonly string[]): string[] {
  if (userData === undefined) return [];
  const skip = new Set(ignored);
  return userData.secretIndicators.filter((name) => !skip.has(name));
}

export const USER_DATA_REMEDIATION =
  'Remove the secret from user data, rotate it (it was readable by anyone allowed ec2:DescribeInstanceAttribute and from inside the instance), and fetch secrets at boot from Secrets Manager or SSM Parameter Store with the instance role.';
