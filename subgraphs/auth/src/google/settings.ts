/** Google sign-in settings, read once from configuration. Null when GOOGLE_CLIENT_ID is unset: the feature is off. */
import type { AppConfig } from '@cspmexa/server-kit';

export interface GoogleSettings {
  clientId: string;
  clientSecret: string;
  authorizationUrl: string;
  tokenUrl: string;
  userinfoUrl: string;
  /** Where Google publishes the keys that sign ID tokens. */
  jwksUrl: string;
  /** Accepted `iss` values of the ID token. */
  issuers: string[];
  /** Exact redirect URI registered at Google (O1): the gateway's callback route on the dashboard origin. */
  redirectUri: string;
  /** Where the browser lands after the callback; returnTo paths are resolved against it and must stay on it. */
  publicUrl: string;
  allowedDomain: string | null;
  autoProvision: boolean;
  /** Secure cookies whenever the dashboard is served over HTTPS or in production. */
  secureCookies: boolean;
}

export const GOOGLE_CALLBACK_PATH = '/auth/google/callback';

export function googleSettingsFrom(config: AppConfig): GoogleSettings | null {
  if (!config.GOOGLE_CLIENT_ID) return null;
  const publicUrl = new URL(config.PUBLIC_URL).origin;
  // Google issues both forms; a configured custom issuer (tests, a proxy) is taken literally.
  const issuers = config.GOOGLE_ISSUER === 'https://accounts.google.com' ? ['https://accounts.google.com', 'accounts.google.com'] : [config.GOOGLE_ISSUER];
  return {
    clientId: config.GOOGLE_CLIENT_ID,
    clientSecret: config.GOOGLE_CLIENT_SECRET ?? '',
    authorizationUrl: config.GOOGLE_AUTHORIZATION_URL,
    tokenUrl: config.GOOGLE_TOKEN_URL,
    userinfoUrl: config.GOOGLE_USERINFO_URL,
    jwksUrl: config.GOOGLE_JWKS_URL,
    issuers,
    redirectUri: `${publicUrl}${GOOGLE_CALLBACK_PATH}`,
    publicUrl,
    allowedDomain: config.GOOGLE_ALLOWED_DOMAIN?.toLowerCase() ?? null,
    autoProvision: config.GOOGLE_AUTO_PROVISION,
    secureCookies: config.NODE_ENV === 'production' || publicUrl.startsWith('https:'),
  };
}
