import { apiErrorCode } from '../../apollo/authErrors';

/**
 * What the sign-in form says for each `extensions.code`. UNAUTHENTICATED never says which of email or
 * password was wrong, so the form cannot be used to discover accounts.
 */
export function signInErrorMessage(error: unknown): string {
  switch (apiErrorCode(error)) {
    case 'UNAUTHENTICATED':
      return 'Email or password is incorrect.';
    case 'RATE_LIMITED':
      return 'Too many sign-in attempts. Wait a few minutes, then try again.';
    case 'BAD_USER_INPUT':
      return 'Enter a valid email address and your password.';
    case 'FORBIDDEN':
      return 'This account cannot sign in. Ask an administrator.';
    default:
      return 'Sign-in failed. Check your connection, then try again.';
  }
}
