/**
 * Configuration, parsed once at start-up. Every variable the product reads is declared here, so that a bad value
 * stops the process with a message naming it, not a failed request an hour later.
 */
import path from 'node:path';
import { z } from 'zod';

const port = z.coerce.number().int().min(1).max(65535);
const optionalString = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === '' ? undefined : v));

/** `true`/`false` (also 1/0, yes/no); a typo stops the start instead of silently meaning false. */
const booleanFlag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

export const configSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    DATA_DIR: z.string().default('./data'),
    PGLITE_DIR: optionalString,
    DATABASE_URL: optionalString.pipe(z.url({ protocol: /^postgres(ql)?$/ }).optional()),
    REDIS_URL: optionalString.pipe(z.url({ protocol: /^rediss?$/ }).optional()),
    GATEWAY_HOST: z.string().default('0.0.0.0'),
    GATEWAY_PORT: port.default(8050),
    SUBGRAPH_HOST: z.string().default('127.0.0.1'),
    AUTH_PORT: port.default(8000),
    INVENTORY_PORT: port.default(8001),
    FINDINGS_PORT: port.default(8002),
    NOTIFICATIONS_PORT: port.default(8003),
    /** Where the gateway and services reach each subgraph; defaults to SUBGRAPH_HOST and the ports above. */
    AUTH_URL: optionalString,
    INVENTORY_URL: optionalString,
    FINDINGS_URL: optionalString,
    NOTIFICATIONS_URL: optionalString,
    PUBLIC_URL: optionalString,
    CORS_ORIGINS: optionalString,
    ADMIN_EMAIL: z.email().default('admin@cspmexa.local'),
    ADMIN_PASSWORD: optionalString.pipe(z.string().min(12, 'must be at least 12 characters').optional()),
    JWT_PRIVATE_KEY: optionalString,
    JWT_PUBLIC_KEY: optionalString,
    JWT_KEY_ID: optionalString,
    JWT_ISSUER: z.string().default('cspmexa'),
    JWT_AUDIENCE: z.string().default('cspmexa-api'),
    ACCESS_TOKEN_TTL_SECONDS: z.coerce.number().int().min(60).max(3600).default(900),
    REFRESH_TOKEN_TTL_SECONDS: z.coerce.number().int().min(3600).default(30 * 24 * 3600),
    INTERNAL_SECRET: optionalString.pipe(z.string().min(32, 'must be at least 32 characters').optional()),
    /** AES-256-GCM key for TOTP seeds at rest (M4): 32 bytes, base64. Kept outside the database on purpose. */
    MFA_ENCRYPTION_KEY: optionalString.pipe(
      z
        .string()
        .refine((v) => Buffer.from(v, 'base64').length === 32, 'must be 32 bytes, base64-encoded')
        .optional(),
    ),
    /** AES-256-GCM key for AWS secret access keys at rest (A3): 32 bytes, base64. Kept outside the database on purpose. */
    CREDENTIALS_ENCRYPTION_KEY: optionalString.pipe(
      z
        .string()
        .refine((v) => Buffer.from(v, 'base64').length === 32, 'must be 32 bytes, base64-encoded')
        .optional(),
    ),
    /** Google sign-in (O1, O2): off while GOOGLE_CLIENT_ID is unset. The endpoints are overridable for tests. */
    GOOGLE_CLIENT_ID: optionalString,
    GOOGLE_CLIENT_SECRET: optionalString,
    GOOGLE_AUTHORIZATION_URL: z.url().default('https://accounts.google.com/o/oauth2/v2/auth'),
    GOOGLE_TOKEN_URL: z.url().default('https://oauth2.googleapis.com/token'),
    GOOGLE_USERINFO_URL: z.url().default('https://openidconnect.googleapis.com/v1/userinfo'),
    /** Google's signing keys (JWKS): every ID token's signature is verified against them. */
    GOOGLE_JWKS_URL: z.url().default('https://www.googleapis.com/oauth2/v3/certs'),
    /** The `iss` an ID token must carry; Google also issues the scheme-less form, accepted with the default. */
    GOOGLE_ISSUER: z.string().default('https://accounts.google.com'),
    /** Only Google Workspace accounts of this domain (the `hd` claim) may sign in. */
    GOOGLE_ALLOWED_DOMAIN: optionalString,
    /** A first Google sign-in of an uninvited email creates an ANALYST; `false` refuses it instead. */
    GOOGLE_AUTO_PROVISION: booleanFlag.default(true),
    /** `false` leaves password sign-in to the bootstrap admin (ADMIN_EMAIL) only. */
    PASSWORD_LOGIN_ENABLED: booleanFlag.default(true),
    AWS_REGION: z.string().default('us-east-1'),
    /**
     * The AWS principal customers' role trust policies allow (CSPMEXA's own account root or role). Unset: the
     * onboarding asks sts:GetCallerIdentity of the server's own credentials and trusts that account's root.
     */
    AWS_PRINCIPAL_ARN: optionalString.pipe(
      z
        .string()
        .regex(/^arn:aws(-cn|-us-gov)?:iam::\d{12}:(root|role\/[\w+=,.@\/-]+|user\/[\w+=,.@\/-]+)$/, 'must be an IAM principal ARN (arn:aws:iam::<12 digits>:root, :role/<name> or :user/<name>)')
        .optional(),
    ),
    SES_FROM: z.email().default('alerts@cspmexa.local'),
    SES_REGION: optionalString,
    EMAIL_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(50).default(8),
    /** Where scan snapshot exports are written (`$DATA_DIR/snapshots` by default); clients never choose a path. */
    SNAPSHOT_DIR: optionalString,
    /** Bucket for `exportScanSnapshot(destination: S3)`; S3 exports are off while unset. */
    SNAPSHOT_S3_BUCKET: optionalString.pipe(
      z.string().regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, 'must be an S3 bucket name').optional(),
    ),
    /** Key prefix of S3 exports; keys are `<prefix><org>/<AWS account>/<scan id>.json.gz`. */
    SNAPSHOT_S3_PREFIX: z.string().max(200).default('cspmexa/snapshots/'),
    /** Largest snapshot file (gzip) an upload may send. */
    SNAPSHOT_UPLOAD_MAX_BYTES: z.coerce.number().int().min(1024).max(1024 * 1024 * 1024).default(50 * 1024 * 1024),
  })
  .transform((c) => {
    const local = (p: number) => `http://${c.SUBGRAPH_HOST === '0.0.0.0' ? '127.0.0.1' : c.SUBGRAPH_HOST}:${p}/graphql`;
    const dataDir = path.resolve(c.DATA_DIR);
    return {
      ...c,
      DATA_DIR: dataDir,
      SNAPSHOT_DIR: c.SNAPSHOT_DIR ? path.resolve(c.SNAPSHOT_DIR) : path.join(dataDir, 'snapshots'),
      PGLITE_DIR: c.PGLITE_DIR ? (c.PGLITE_DIR.startsWith('memory://') ? c.PGLITE_DIR : path.resolve(c.PGLITE_DIR)) : path.join(dataDir, 'pglite'),
      AUTH_URL: c.AUTH_URL ?? local(c.AUTH_PORT),
      INVENTORY_URL: c.INVENTORY_URL ?? local(c.INVENTORY_PORT),
      FINDINGS_URL: c.FINDINGS_URL ?? local(c.FINDINGS_PORT),
      NOTIFICATIONS_URL: c.NOTIFICATIONS_URL ?? local(c.NOTIFICATIONS_PORT),
      PUBLIC_URL: c.PUBLIC_URL ?? `http://localhost:${c.GATEWAY_PORT}`,
    };
  });

export type AppConfig = z.output<typeof configSchema>;

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Parses the environment; throws a ConfigError listing every bad variable at once. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`));
  }
  return parsed.data;
}
