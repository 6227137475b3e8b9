import { defineCheck } from '../../../engine/define-check';
import { isPrivateIpv4, prefixLength } from '../lib/cidr';
import { judgeExposures, unknownRules } from '../lib/group-usage';
import { REVOKE_INGRESS_CLI, restrictedIngressTerraform, SECURITY_GROUP_REFERENCES } from '../lib/sg-references';
import { describePorts, isAnyProtocol, type InternetExposure } from '../lib/sg-rules';

export const check = defineCheck({
  metadata: {
    id: 'ec2_security_group_no_wide_public_ipv4_ingress',
    shortId: 'EC2-07',
    title: 'Security group admits no wide public IPv4 range',
    severity: 'HIGH',
    service: 'ec2',
    resourceKind: 'aws.ec2.security_group',
    description:
      'Checks that no ingress rule admits a public IPv4 range wider than the minimumPrefixLength setting (/24): prefixes /1 to /23 outside the RFC 1918 private ranges. 0.0.0.0/0 itself is judged by the internet-ingress checks (EC2-01 to EC2-05). By default only groups used by a network interface are judged.',
    risk:
      'A /8 or /16 of someone else\'s address space is practically the internet: a cloud provider\'s or ISP\'s range admits every other customer of that provider, and such rules are often typos of a /32.',
    remediation: {
      text: 'Narrow the source to the addresses that need access (a /32 per host, your NAT or VPN egress range), or use a prefix list or a security group reference.',
      cli: REVOKE_INGRESS_CLI,
      terraform: restrictedIngressTerraform('443'),
    },
    references: [...SECURITY_GROUP_REFERENCES, 'https://datatracker.ietf.org/doc/html/rfc1918'],
    compliance: {},
    settings: {
      /** Public IPv4 ranges shorter than this prefix (wider) fail; /24 as in Prowler. */
      minimumPrefixLength: 24,
      /** Judge groups no network interface uses as well; off by default, as in Prowler. */
      includeUnusedGroups: false,
    },
  },
  evaluate(group, { settings }) {
    if (!group.ingress) return unknownRules(group, 'ingress');
    const exposures: InternetExposure[] = [];
    for (const rule of group.ingress) {
      for (const { cidr } of rule.ipv4Ranges) {
        const prefix = prefixLength(cidr);
        // /0 is the whole internet: the internet-ingress checks own it, so it is not counted twice here.
        if (prefix === undefined || prefix === 0 || prefix >= settings.minimumPrefixLength || isPrivateIpv4(cidr)) continue;
        exposures.push({ protocol: isAnyProtocol(rule) ? 'all' : rule.protocol, ports: describePorts(rule), source: cidr });
      }
    }
    return judgeExposures(group, exposures, `public IPv4 ranges wider than /${settings.minimumPrefixLength}`, settings.includeUnusedGroups);
  },
});
