import { apiErrorCode } from '../../apollo/authErrors';

/**
 * What the MFA step says for each `extensions.code`. A wrong, reused or expired code all read the same, so the
 * form does not tell an attacker which of them happened.
 */
export function mfaErrorMessage(error: unknown, usingRecoveryCode: boolean): string {
  switch (apiErrorCode(error)) {
    case 'UNAUTHENTICATED':
    case 'BAD_USER_INPUT':
      return usingRecoveryCode
        ? 'That recovery code is not valid or was already used.'
        : 'That code is not valid. Wait for the next code in your authenticator app, then try again.';
    case 'RATE_LIMITED':
      return 'Too many attempts. Wait a few minutes, then try again.';
    case 'FORBIDDEN':
      return 'This account cannot sign in. Ask an administrator.';
    default:
      return 'Verification failed. Check your connection, then try again.';
  }
}
