import type { SessionTokens } from '../../apollo/tokenStore';

interface PayloadTokens {
  accessToken: string | null;
  refreshToken: string | null;
  expiresAt: string | null;
}

/** The tokens of a sign-in answer, or null while the server withholds them (a second factor is pending). */
export function sessionFromPayload(payload: PayloadTokens): SessionTokens | null {
  const { accessToken, refreshToken, expiresAt } = payload;
  if (!accessToken || !refreshToken || !expiresAt) return null;
  return { accessToken, refreshToken, expiresAt };
}
