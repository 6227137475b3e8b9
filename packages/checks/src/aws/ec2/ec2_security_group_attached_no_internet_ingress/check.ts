import { defineCheck } from '../../../engine/define-check';
import { judgeExposures, unknownRules } from '../lib/group-usage';
import { REVOKE_INGRESS_CLI, restrictedIngressTerraform, SECURITY_GROUP_REFERENCES } from '../lib/sg-references';
import type { SecurityGroupRule } from '@cspmexa/resources';
import { internetExposures } from '../lib/sg-rules';
import { parsePortList } from '../lib/port-list';

export const check = defineCheck({
  metadata: {
    id: 'ec2_security_group_attached_no_internet_ingress',
    shortId: 'EC2-05',
    title: 'Security group in use admits no internet ingress on any port',
    severity: 'HIGH',
    service: 'ec2',
    resourceKind: 'aws.ec2.security_group',
    description:
      'Checks that a security group used by at least one network interface has no ingress rule from 0.0.0.0/0 or ::/0 on any port or protocol, except the ports listed in the allowedPublicPorts setting (none by default: put public web traffic behind a load balancer and list 80/443 for its group). Groups and prefix lists as sources are not internet ingress.',
    risk:
      'Every port reachable from the internet is attack surface: it is scanned continuously, and a forgotten test service or an unpatched daemon behind it becomes the way in.',
    remediation: {
      text: 'Replace the internet rules with rules from the load balancer security group, a VPN range or a prefix list; if a port must be public by design, list it in allowedPublicPorts for this check.',
      cli: REVOKE_INGRESS_CLI,
      terraform: restrictedIngressTerraform('443'),
    },
    references: [...SECURITY_GROUP_REFERENCES, 'https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeNetworkInterfaces.html'],
    compliance: {},
    settings: {
      /** TCP ports or ranges that may be public by design, e.g. ["80", "443"] for a load balancer's group. */
      allowedPublicPorts: [] as string[],
    },
  },
  evaluate(group, { settings }) {
    if (!group.ingress) return unknownRules(group, 'ingress');
    const allowed = parsePortList(settings.allowedPublicPorts);
    // A rule is tolerated only when it stays inside one allowed range: protocol -1 or a wider span never is.
    const tolerated = (rule: SecurityGroupRule) =>
      rule.protocol === 'tcp' && allowed.some((r) => (rule.fromPort ?? 0) >= r.from && (rule.toPort ?? 65535) <= r.to);
    const exposures = internetExposures(group.ingress, (rule) => !tolerated(rule));
    // "In use" is part of this check's definition, so unused groups are never judged here (EC2-08 reports them).
    return judgeExposures(group, exposures, 'any port', false);
  },
});
