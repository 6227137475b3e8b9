/**
 * What the Google callback put in the URL fragment of `/login`: `#loginCode=…&returnTo=/path` after a sign-in, or
 * `#signInError=<code>` from the refusal page's way back (subgraphs/auth/src/google/routes.ts and refusal-page.ts).
 * A fragment never reaches a server or a Referer; the page still removes it at once so the code is not left in
 * the history.
 */
export type GoogleReturn = { loginCode: string; returnTo: string | null } | { signInError: string } | null;

export function readGoogleReturn(hash: string): GoogleReturn {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const loginCode = params.get('loginCode');
  if (loginCode) return { loginCode, returnTo: params.get('returnTo') };
  const signInError = params.get('signInError');
  return signInError ? { signInError } : null;
}

/** What the page says when the server refused the Google sign-in (the refusal page's error code). */
export function googleRefusalMessage(code: string): string {
  switch (code) {
    case 'FORBIDDEN':
      return 'This Google account cannot sign in to CSPMEXA. Ask an administrator for an invitation.';
    case 'UNAUTHENTICATED':
      return 'Google sign-in could not be verified. Try again.';
    case 'BAD_USER_INPUT':
      return 'The Google sign-in was interrupted or has expired. Try again.';
    default:
      return 'Google sign-in failed. Try again shortly.';
  }
}
