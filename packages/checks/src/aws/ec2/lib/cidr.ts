/**
 * CIDR arithmetic the security-group and NACL checks need: "is this the whole internet", "how wide is it",
 * "is it private". Only the prefix and the first octets matter, so no full address parser is needed.
 */

/** True for a range covering every address of its family: 0.0.0.0/0, ::/0 and their odd spellings (0::/0). */
export function isWholeInternet(cidr: string): boolean {
  const prefix = prefixLength(cidr);
  return prefix === 0;
}

/** The prefix length of `cidr`, or undefined when it has none or is not a number (a malformed range). */
export function prefixLength(cidr: string): number | undefined {
  const slash = cidr.trim().lastIndexOf('/');
  if (slash === -1) return undefined;
  const prefix = Number(cidr.trim().slice(slash + 1));
  return Number.isInteger(prefix) ? prefix : undefined;
}

const RFC1918 = [
  { first: 10, secondFrom: 0, secondTo: 255, minPrefix: 8 },
  { first: 172, secondFrom: 16, secondTo: 31, minPrefix: 12 },
  { first: 192, secondFrom: 168, secondTo: 168, minPrefix: 16 },
];

/** True when an IPv4 range lies entirely inside 10/8, 172.16/12 or 192.168/16 (RFC 1918). */
export function isPrivateIpv4(cidr: string): boolean {
  const [address] = cidr.trim().split('/');
  const prefix = prefixLength(cidr) ?? 32;
  const octets = (address ?? '').split('.').map(Number);
  const [a, b] = octets;
  if (a === undefined || b === undefined) return false;
  return RFC1918.some((r) => a === r.first && b >= r.secondFrom && b <= r.secondTo && prefix >= r.minPrefix);
}
