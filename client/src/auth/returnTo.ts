/**
 * The in-app path to go back to after sign-in. Only same-origin paths are honoured: `//evil.example` and
 * `https://evil.example` would turn the sign-in page into an open redirect.
 */
export function safeReturnTo(candidate: string | null | undefined): string {
  if (!candidate || !candidate.startsWith('/') || candidate.startsWith('//') || candidate.startsWith('/\\')) {
    return '/';
  }
  if (candidate.startsWith('/login')) return '/';
  return candidate;
}

export function signInPath(returnTo: string): string {
  return returnTo === '/' ? '/login' : `/login?returnTo=${encodeURIComponent(returnTo)}`;
}
