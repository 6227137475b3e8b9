import { describe, expect, it } from 'vitest';
import { coversEveryAddress } from './ip-coverage';

describe('coversEveryAddress', () => {
  it('knows the whole-internet ranges in their usual and odd spellings', () => {
    for (const whole of ['0.0.0.0/0', '::/0', '0::/0', '0:0:0:0:0:0:0:0/0', '10.1.2.3/0']) expect(coversEveryAddress([whole]), whole).toBe(true);
  });

  it('adds up adjacent and overlapping ranges', () => {
    expect(coversEveryAddress(['128.0.0.0/1', '0.0.0.0/2', '64.0.0.0/2'])).toBe(true);
    expect(coversEveryAddress(['0.0.0.0/1', '0.0.0.0/2', '127.255.255.255/32', '128.0.0.0/1'])).toBe(true);
    expect(coversEveryAddress(['::/1', '8000::/1'])).toBe(true);
  });

  it('finds the gap a list leaves', () => {
    expect(coversEveryAddress(['0.0.0.0/1', '128.0.0.0/2', '224.0.0.0/3'])).toBe(false);
    expect(coversEveryAddress(['::/1', '8000::/2'])).toBe(false);
    expect(coversEveryAddress(['::ffff:0.0.0.0/96'])).toBe(false);
    expect(coversEveryAddress(['203.0.113.9'])).toBe(false);
  });

  it('does not mix the families: all of IPv6 in IPv4 notation is not all of IPv4', () => {
    expect(coversEveryAddress(['0.0.0.0/1', '8000::/1'])).toBe(false);
  });

  it('ignores values that are not addresses', () => {
    expect(coversEveryAddress(['not-an-ip/0', '0.0.0.0/33', '1.2.3.4/x'])).toBe(false);
    expect(coversEveryAddress([])).toBe(false);
  });
});
