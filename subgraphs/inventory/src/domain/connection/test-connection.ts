/**
 * One connection test: credentials (assuming the role with the org's ExternalId, A1), the identity they give
 * (sts:GetCallerIdentity), then the permission probes (A2). A refused role or bad keys end the test with a typed
 * status and a message that says what to fix, never a stack trace.
 */
import type { AwsSession, AwsTarget } from '../../aws/clients';
import { awsErrorCode, awsErrorMessage, isAccessDenied, isCredentialsError } from '../../collectors/aws/aws-errors';
import { ec2RegionSample, missingPermissions, probePermissions, type PermissionCheck } from './permission-probes';

export type ConnectionStatus = 'CONNECTED' | 'MISSING_PERMISSIONS' | 'ROLE_NOT_ASSUMABLE' | 'INVALID_CREDENTIALS' | 'UNREACHABLE';

export interface ConnectionTestResult {
  status: ConnectionStatus;
  awsAccountId: string | null;
  callerArn: string | null;
  missingPermissions: string[];
  checks: PermissionCheck[];
  /** What went wrong and how to fix it, when the status is not CONNECTED. */
  problem: string | null;
}

export interface ConnectionTestOptions {
  target: AwsTarget;
  defaultRegion: string;
  regions: readonly string[] | null | undefined;
  /** CSPMEXA's principal, named in the advice when the role refuses it. */
  trustedPrincipalArn: string;
}

const stopped = (status: ConnectionStatus, problem: string): ConnectionTestResult => ({
  status,
  awsAccountId: null,
  callerArn: null,
  missingPermissions: [],
  checks: [],
  problem,
});

/** Why no credentials (or no identity) could be had, as a status and advice. */
export function credentialsFailure(err: unknown, opts: ConnectionTestOptions): ConnectionTestResult {
  const code = awsErrorCode(err);
  const said = `${code}: ${awsErrorMessage(err)}`;
  const { target } = opts;
  if (target.authMethod === 'ASSUME_ROLE' && (isAccessDenied(code) || code === 'ValidationError')) {
    return stopped(
      'ROLE_NOT_ASSUMABLE',
      `CSPMEXA could not assume ${target.roleArn ?? 'the role'} (${said}). Check that the role's trust policy allows ` +
        `${opts.trustedPrincipalArn} with the condition sts:ExternalId = ${target.externalId} (this organization's), ` +
        `and that CSPMEXA's own credentials may call sts:AssumeRole.`,
    );
  }
  if (isCredentialsError(err) || code === 'CredentialsProviderError') {
    const whose = target.authMethod === 'ACCESS_KEYS' ? 'The access keys' : "The server's credentials";
    return stopped('INVALID_CREDENTIALS', `${whose} were refused or could not be found (${said}).`);
  }
  return stopped('UNREACHABLE', `AWS could not be reached or answered an error (${said}).`);
}

export async function testConnection(session: AwsSession, opts: ConnectionTestOptions): Promise<ConnectionTestResult> {
  let identity: { accountId: string; arn: string };
  try {
    await session.resolveCredentials();
    identity = await session.callerIdentity();
  } catch (err) {
    return credentialsFailure(err, opts);
  }
  const checks = await probePermissions(session, {
    accountId: identity.accountId,
    defaultRegion: opts.defaultRegion,
    regions: ec2RegionSample(opts.defaultRegion, opts.regions),
  });
  const missing = missingPermissions(checks);
  const failed = checks.filter((c) => c.status === 'ERROR');
  const problem =
    missing.length > 0
      ? `Grant the role ${missing.join(', ')} (the SecurityAudit and ViewOnlyAccess managed policies plus the template's inline policy cover them).`
      : failed.length > 0
        ? `Some reads failed for another reason: ${failed.map((c) => `${c.action} (${c.code})`).join(', ')}.`
        : null;
  return {
    status: missing.length > 0 ? 'MISSING_PERMISSIONS' : 'CONNECTED',
    awsAccountId: identity.accountId,
    callerArn: identity.arn,
    missingPermissions: missing,
    checks,
    problem,
  };
}
