import { describe, expect, it } from 'vitest';
import { sharedCredentials } from './shared-credentials';

describe('sharedCredentials', () => {
  it('asks the source once while the credentials are fresh, again when they near expiry', async () => {
    let clock = 0;
    let calls = 0;
    const provider = sharedCredentials(async () => {
      calls++;
      return { accessKeyId: `k${calls}`, secretAccessKey: 's', expiration: new Date(clock + 3_600_000) };
    }, () => clock);
    expect((await provider()).accessKeyId).toBe('k1');
    expect((await provider()).accessKeyId).toBe('k1');
    clock += 3_600_000 - 60_000;
    expect((await provider()).accessKeyId).toBe('k2');
    expect(calls).toBe(2);
  });

  it('retries after a failure instead of caching it', async () => {
    let calls = 0;
    const provider = sharedCredentials(async (): Promise<{ accessKeyId: string; expiration?: Date }> => {
      calls++;
      if (calls === 1) throw new Error('denied');
      return { accessKeyId: 'k' };
    });
    await expect(provider()).rejects.toThrow('denied');
    expect((await provider()).accessKeyId).toBe('k');
  });
});
