import { describe, expect, it } from 'vitest';
import { allowedOrigins, isOriginAllowed } from './origins';

describe('origins', () => {
  const allowed = allowedOrigins({ PUBLIC_URL: 'https://cspm.example.com/app', CORS_ORIGINS: 'http://localhost:3000, https://x.example ' });

  it('allows the public origin and the listed ones, normalised to origins', () => {
    expect([...allowed]).toEqual(['https://cspm.example.com', 'http://localhost:3000', 'https://x.example']);
  });

  it('refuses any other browser origin, and lets non-browser clients (no Origin) through to authentication', () => {
    expect(isOriginAllowed('https://evil.example', allowed)).toBe(false);
    expect(isOriginAllowed('https://cspm.example.com.evil.example', allowed)).toBe(false);
    expect(isOriginAllowed(undefined, allowed)).toBe(true);
  });
});
