/**
 * Headers every HTTP request to the gateway carries.
 * `apollo-require-preflight` satisfies the gateway's CSRF prevention (SECURITY G5): a simple cross-site form
 * post cannot set it, so the gateway only executes requests that came through a CORS preflight or same origin.
 */
export function gatewayHeaders(accessToken: string | null): Record<string, string> {
  const headers: Record<string, string> = { 'apollo-require-preflight': 'true' };
  if (accessToken) headers.authorization = `Bearer ${accessToken}`;
  return headers;
}
