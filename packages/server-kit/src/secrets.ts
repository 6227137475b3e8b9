/**
 * Signing keys and the internal secret. Taken from configuration; on the embedded single-process default, where
 * nobody has configured them yet, generated once into the data folder (mode 0600) so that tokens survive restarts.
 * With DATABASE_URL (several replicas) they must be configured: generated keys would differ per replica.
 */
import crypto, { type KeyObject } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { AppConfig } from './config';
import { ConfigError } from './config';

export interface Secrets {
  jwt: { kid: string; privateKey: KeyObject; publicKeys: Map<string, KeyObject> };
  internalSecret: string;
  /** 32-byte AES-256-GCM key that encrypts TOTP seeds at rest (M4). */
  mfaEncryptionKey: Buffer;
  /** 32-byte AES-256-GCM key that encrypts AWS secret access keys at rest (A3). */
  credentialsEncryptionKey: Buffer;
}

interface StoredSecrets {
  jwtPrivateKey: string;
  internalSecret: string;
  /** Added after the first release: older secrets.json files get them on the next start. */
  mfaEncryptionKey?: string;
  credentialsEncryptionKey?: string;
}

const REQUIRED_WITH_DATABASE_URL = ['JWT_PRIVATE_KEY', 'INTERNAL_SECRET', 'MFA_ENCRYPTION_KEY', 'CREDENTIALS_ENCRYPTION_KEY'] as const;

function keyId(publicKey: KeyObject): string {
  const der = publicKey.export({ type: 'spki', format: 'der' });
  return crypto.createHash('sha256').update(der).digest('base64url').slice(0, 16);
}

function readOrCreateStored(dataDir: string): Required<StoredSecrets> {
  const file = path.join(dataDir, 'secrets.json');
  const existing = fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as StoredSecrets) : undefined;
  if (existing?.mfaEncryptionKey && existing.credentialsEncryptionKey) return existing as Required<StoredSecrets>;
  const stored: Required<StoredSecrets> = {
    jwtPrivateKey:
      existing?.jwtPrivateKey ??
      crypto.generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    internalSecret: existing?.internalSecret ?? crypto.randomBytes(32).toString('base64url'),
    mfaEncryptionKey: existing?.mfaEncryptionKey ?? crypto.randomBytes(32).toString('base64'),
    credentialsEncryptionKey: existing?.credentialsEncryptionKey ?? crypto.randomBytes(32).toString('base64'),
  };
  fs.mkdirSync(dataDir, { recursive: true });
  fs.writeFileSync(file, JSON.stringify(stored), { mode: 0o600 });
  return stored;
}

export function loadSecrets(config: AppConfig): Secrets {
  const configured = REQUIRED_WITH_DATABASE_URL.every((k) => config[k]);
  if (!configured && config.DATABASE_URL) {
    const missing = REQUIRED_WITH_DATABASE_URL.filter((k) => !config[k]);
    throw new ConfigError(missing.map((k) => `${k}: required when DATABASE_URL is set (replicas must share keys)`));
  }
  const stored = configured ? undefined : readOrCreateStored(config.DATA_DIR);
  const pem = (config.JWT_PRIVATE_KEY ?? stored!.jwtPrivateKey).replace(/\\n/g, '\n');
  let privateKey: KeyObject;
  try {
    privateKey = crypto.createPrivateKey(pem);
  } catch {
    throw new ConfigError(['JWT_PRIVATE_KEY: not a PEM private key']);
  }
  if (privateKey.asymmetricKeyType !== 'ec' || privateKey.asymmetricKeyDetails?.namedCurve !== 'prime256v1') {
    throw new ConfigError(['JWT_PRIVATE_KEY: must be an EC P-256 key (ES256)']);
  }
  const publicKey = crypto.createPublicKey(privateKey);
  const kid = config.JWT_KEY_ID ?? keyId(publicKey);
  const publicKeys = new Map<string, KeyObject>([[kid, publicKey]]);
  // A previous key stays valid for verification during a rotation: JWT_PUBLIC_KEY holds it (PEM).
  if (config.JWT_PUBLIC_KEY) {
    try {
      const previous = crypto.createPublicKey(config.JWT_PUBLIC_KEY.replace(/\\n/g, '\n'));
      publicKeys.set(keyId(previous), previous);
    } catch {
      throw new ConfigError(['JWT_PUBLIC_KEY: not a PEM public key']);
    }
  }
  return {
    jwt: { kid, privateKey, publicKeys },
    internalSecret: config.INTERNAL_SECRET ?? stored!.internalSecret,
    mfaEncryptionKey: Buffer.from(config.MFA_ENCRYPTION_KEY ?? stored!.mfaEncryptionKey, 'base64'),
    credentialsEncryptionKey: Buffer.from(config.CREDENTIALS_ENCRYPTION_KEY ?? stored!.credentialsEncryptionKey, 'base64'),
  };
}
