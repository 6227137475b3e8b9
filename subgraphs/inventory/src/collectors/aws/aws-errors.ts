/** Reading AWS SDK v3 errors: the code AWS sent (the error's name), a message, and whether credentials are at fault. */

export function awsErrorCode(err: unknown): string {
  if (err && typeof err === 'object') {
    const e = err as { name?: unknown; Code?: unknown; code?: unknown };
    // Service errors carry AWS's code as their name; network errors carry a Node code (ECONNREFUSED...).
    if (typeof e.Code === 'string') return e.Code;
    if (typeof e.name === 'string' && e.name !== 'Error') return e.name;
    if (typeof e.code === 'string') return e.code;
  }
  return 'UnknownError';
}

/** The HTTP status of a service error, when the SDK recorded one. */
export function awsHttpStatus(err: unknown): number | undefined {
  const status = (err as { $metadata?: { httpStatusCode?: unknown } } | null)?.$metadata?.httpStatusCode;
  return typeof status === 'number' ? status : undefined;
}

/** Codes meaning the caller lacks an IAM permission (EC2 says UnauthorizedOperation, the others AccessDenied...). */
const deniedCodes = new Set(['AccessDenied', 'AccessDeniedException', 'UnauthorizedOperation', 'AuthorizationError', 'Forbidden']);

export function isAccessDenied(code: string): boolean {
  return deniedCodes.has(code);
}

export function awsErrorMessage(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  // AWS messages are short; anything longer is a library dump that helps nobody on a scan page.
  return message.length > 500 ? `${message.slice(0, 500)}…` : message;
}

/** Codes meaning "who you are" failed, not "what you asked": the scan cannot go on without other credentials. */
const credentialCodes = new Set([
  'CredentialsProviderError',
  'InvalidClientTokenId',
  'UnrecognizedClientException',
  'ExpiredToken',
  'ExpiredTokenException',
  'InvalidAccessKeyId',
  'SignatureDoesNotMatch',
  'AuthFailure',
  'RegionDisabledException',
]);

export function isCredentialsError(err: unknown): boolean {
  return credentialCodes.has(awsErrorCode(err));
}
