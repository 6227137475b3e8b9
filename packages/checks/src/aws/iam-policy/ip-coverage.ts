import { isIPv4, isIPv6 } from 'node:net';

/**
 * Whether a list of aws:SourceIp values lets every address of one family through. A caller comes from either
 * family, so a list covering all of IPv4 (0.0.0.0/0, or 0.0.0.0/1 with 128.0.0.0/1) limits nobody even when its
 * IPv6 part is narrow. Spellings vary (::/0, 0::/0, 0:0::/0), so ranges are compared as numbers, not strings.
 * A value that is not a valid address or range is left out: IAM refuses such policies, so it never reaches here.
 */
export function coversEveryAddress(values: readonly string[]): boolean {
  const v4: Range[] = [];
  const v6: Range[] = [];
  for (const value of values) {
    const range = parseRange(value.trim());
    if (range !== undefined) (range.bits === 32 ? v4 : v6).push(range);
  }
  return coversFamily(v4, 32) || coversFamily(v6, 128);
}

interface Range {
  bits: 32 | 128;
  first: bigint;
  last: bigint;
}

function parseRange(value: string): Range | undefined {
  const [address = '', prefixText] = value.split('/');
  const bits = isIPv4(address) ? 32 : isIPv6(address) ? 128 : undefined;
  if (bits === undefined) return undefined;
  const prefix = prefixText === undefined ? bits : Number(prefixText);
  if (!Number.isInteger(prefix) || prefix < 0 || prefix > bits) return undefined;
  const hostBits = BigInt(bits - prefix);
  const first = (addressValue(address, bits) >> hostBits) << hostBits;
  return { bits, first, last: first + (1n << hostBits) - 1n };
}

function addressValue(address: string, bits: 32 | 128): bigint {
  if (bits === 32) return address.split('.').reduce((sum, octet) => (sum << 8n) + BigInt(octet), 0n);
  const [head = '', tail] = address.split('::');
  const groups = (part: string) => (part === '' ? [] : part.split(':'));
  // An IPv6 address may end in dotted IPv4 (::ffff:192.0.2.1): two 16-bit groups written as four octets.
  const expand = (part: string[]) => part.flatMap((g) => (g.includes('.') ? ipv4Groups(g) : [g]));
  const left = expand(groups(head));
  const right = tail === undefined ? [] : expand(groups(tail));
  const middle = Array<string>(8 - left.length - right.length).fill('0');
  return [...left, ...middle, ...right].reduce((sum, group) => (sum << 16n) + BigInt(`0x${group}`), 0n);
}

function ipv4Groups(dotted: string): string[] {
  const value = addressValue(dotted, 32);
  return [(value >> 16n).toString(16), (value & 0xffffn).toString(16)];
}

function coversFamily(ranges: Range[], bits: number): boolean {
  ranges.sort((a, b) => (a.first < b.first ? -1 : a.first > b.first ? 1 : 0));
  let next = 0n;
  for (const range of ranges) {
    if (range.first > next) return false;
    if (range.last + 1n > next) next = range.last + 1n;
  }
  return next === 1n << BigInt(bits);
}
