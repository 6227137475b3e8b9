/** Structured JSON logs. Anything that may hold a secret is redacted by path, whatever the caller passes. */
import { pino, type Logger } from 'pino';

export type { Logger };

export const redactPaths = [
  'password',
  '*.password',
  'token',
  '*.token',
  'accessToken',
  '*.accessToken',
  'refreshToken',
  '*.refreshToken',
  'secret',
  '*.secret',
  'secretAccessKey',
  '*.secretAccessKey',
  'accessKeyId',
  '*.accessKeyId',
  'sessionToken',
  '*.sessionToken',
  'authorization',
  '*.authorization',
  'headers.authorization',
  'req.headers.authorization',
  'req.headers.cookie',
  '*.headers["x-cspmexa-assertion"]',
  'GOOGLE_CLIENT_SECRET',
  '*.GOOGLE_CLIENT_SECRET',
  'MFA_ENCRYPTION_KEY',
  '*.MFA_ENCRYPTION_KEY',
  'CREDENTIALS_ENCRYPTION_KEY',
  '*.CREDENTIALS_ENCRYPTION_KEY',
  'JWT_PRIVATE_KEY',
  '*.JWT_PRIVATE_KEY',
  'INTERNAL_SECRET',
  '*.INTERNAL_SECRET',
];

export function createLogger(opts: { level?: string; name?: string } = {}, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level: opts.level ?? 'info',
      name: opts.name ?? 'cspmexa',
      redact: { paths: redactPaths, censor: '[redacted]' },
      base: undefined,
      timestamp: pino.stdTimeFunctions.isoTime,
    },
    destination,
  );
}
