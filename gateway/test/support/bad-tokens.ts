/**
 * The catalogue of tokens the gateway must refuse (J1-J4), shared by the HTTP and the WebSocket tests so both
 * entry points are held to exactly the same rules. Each case builds its token once the stack (keys) exists.
 */
import crypto from 'node:crypto';
import type { AppConfig, Secrets } from '@cspmexa/server-kit';
import { accessClaims, encodeJwt, es256, hs256, type TestUser } from './jwt';

interface Keys {
  config: AppConfig;
  secrets: Secrets;
  user: TestUser;
}

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const header = ({ secrets }: Keys) => ({ alg: 'ES256', typ: 'JWT', kid: secrets.jwt.kid });
const claims = ({ config, user }: Keys, overrides: Record<string, unknown> = {}) => accessClaims(config, user, overrides);
const signed = (k: Keys, overrides: Record<string, unknown> = {}, h: Record<string, unknown> = header(k)) =>
  encodeJwt(h, claims(k, overrides), es256(k.secrets.jwt.privateKey));

export const badTokens: Record<string, (k: Keys) => string> = {
  'J1 alg none': (k) => `${b64({ ...header(k), alg: 'none' })}.${b64(claims(k))}.`,
  'J1 HS256 signed with the public key': (k) =>
    encodeJwt({ ...header(k), alg: 'HS256' }, claims(k), hs256(k.secrets.jwt.publicKeys.get(k.secrets.jwt.kid)!.export({ type: 'spki', format: 'pem' }))),
  'J1 flipped signature byte': (k) => {
    const [h, p, s] = signed(k).split('.') as [string, string, string];
    const signature = Buffer.from(s, 'base64url');
    signature[10] = (signature[10] ?? 0) ^ 0x01;
    return `${h}.${p}.${signature.toString('base64url')}`;
  },
  'J2 expired 61 s ago': (k) => {
    const now = Math.floor(Date.now() / 1000);
    return signed(k, { iat: now - 400, exp: now - 61 });
  },
  'J2 not valid before 61 s from now': (k) => signed(k, { nbf: Math.floor(Date.now() / 1000) + 61 }),
  'J2 no exp at all': (k) => {
    const { exp: _exp, ...withoutExp } = claims(k);
    return encodeJwt(header(k), withoutExp, es256(k.secrets.jwt.privateKey));
  },
  'J2 wrong aud': (k) => signed(k, { aud: 'another-api' }),
  'J2 wrong iss': (k) => signed(k, { iss: 'https://evil.example' }),
  'J3 refresh-typed token': (k) => signed(k, { typ: 'refresh' }),
  'J3 MFA-pending token': (k) => signed(k, { typ: 'mfa_pending' }),
  'J4 unknown kid': (k) => signed(k, {}, { ...header(k), kid: 'not-a-configured-kid' }),
  'J4 an attacker key embedded as jwk is not followed': (k) => {
    const attacker = crypto.generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const h = { alg: 'ES256', typ: 'JWT', jwk: attacker.publicKey.export({ format: 'jwk' }), jku: 'https://evil.example/jwks' };
    return encodeJwt(h, claims(k), es256(attacker.privateKey));
  },
};
