import type { NetworkAclEntry } from '@cspmexa/resources';
import { isWholeInternet } from './cidr';
import type { PortRange } from './port-list';

/** An ingress allow entry that is the first rule to decide internet traffic to one port. */
export interface NaclExposure {
  port: number;
  family: 'IPv4' | 'IPv6';
  ruleNumber: number;
}

// NACL protocols as the collector writes them: 'all' for -1, names for common ones, IANA numbers otherwise.
const TCP = new Set(['tcp', '6', 'all', '-1']);

const coversPort = (entry: NetworkAclEntry, port: number) =>
  TCP.has(entry.protocol) && (entry.portRange === undefined || (entry.portRange.from <= port && port <= entry.portRange.to));

/**
 * For each port and address family, walks the ingress entries in rule-number order as AWS does and reports
 * the port as exposed when the first entry that covers it for the whole internet (0.0.0.0/0 or ::/0) is an
 * allow. An earlier deny for the whole internet protects it. Entries for narrower ranges neither expose nor
 * protect "the internet" as such, so they are passed over.
 */
export function naclInternetExposures(entries: readonly NetworkAclEntry[], ports: readonly PortRange[]): NaclExposure[] {
  const ingress = entries.filter((e) => !e.egress).sort((a, b) => a.ruleNumber - b.ruleNumber);
  const exposures: NaclExposure[] = [];
  for (const family of ['IPv4', 'IPv6'] as const) {
    const wide = ingress.filter((e) => {
      const cidr = family === 'IPv4' ? e.cidrBlock : e.ipv6CidrBlock;
      return cidr !== undefined && isWholeInternet(cidr);
    });
    for (const range of ports) {
      for (let port = range.from; port <= range.to; port++) {
        const decider = wide.find((e) => coversPort(e, port));
        if (decider?.action === 'allow') exposures.push({ port, family, ruleNumber: decider.ruleNumber });
      }
    }
  }
  return exposures;
}
