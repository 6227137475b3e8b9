import { describe, expect, it } from 'vitest';
import { createTrustedPrincipal, PLACEHOLDER_PRINCIPAL } from './trusted-principal';

describe('createTrustedPrincipal', () => {
  it('uses AWS_PRINCIPAL_ARN as configured, without asking AWS', async () => {
    let asked = 0;
    const principal = createTrustedPrincipal({ configured: 'arn:aws:iam::111122223333:role/cspmexa', serverIdentity: async () => (asked++, { accountId: '1', arn: 'x' }) });
    expect(await principal()).toEqual({ arn: 'arn:aws:iam::111122223333:role/cspmexa', source: 'CONFIGURED' });
    expect(asked).toBe(0);
  });

  it("trusts the root of the server's own account, asked once, in the identity's partition", async () => {
    let asked = 0;
    const principal = createTrustedPrincipal({
      serverIdentity: async () => (asked++, { accountId: '444455556666', arn: 'arn:aws-us-gov:sts::444455556666:assumed-role/cspmexa-task/abc' }),
    });
    expect(await principal()).toEqual({ arn: 'arn:aws-us-gov:iam::444455556666:root', source: 'SERVER_IDENTITY' });
    await principal();
    expect(asked).toBe(1);
  });

  it('falls back to a placeholder without credentials, and asks again only after a while', async () => {
    let now = 0;
    let asked = 0;
    const principal = createTrustedPrincipal({
      now: () => now,
      serverIdentity: async () => {
        asked++;
        if (asked === 1) throw new Error('Could not load credentials from any providers');
        return { accountId: '777788889999', arn: 'arn:aws:iam::777788889999:user/ops' };
      },
    });
    expect(await principal()).toEqual({ arn: PLACEHOLDER_PRINCIPAL, source: 'PLACEHOLDER' });
    expect((await principal()).source).toBe('PLACEHOLDER');
    expect(asked).toBe(1);
    now += 5 * 60_000;
    expect(await principal()).toEqual({ arn: 'arn:aws:iam::777788889999:root', source: 'SERVER_IDENTITY' });
  });
});
