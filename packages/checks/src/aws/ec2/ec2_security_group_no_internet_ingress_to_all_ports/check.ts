import { defineCheck } from '../../../engine/define-check';
import { judgeExposures, unknownRules } from '../lib/group-usage';
import { REVOKE_INGRESS_CLI, restrictedIngressTerraform, SECURITY_GROUP_REFERENCES } from '../lib/sg-references';
import { coversAllPorts, internetExposures } from '../lib/sg-rules';

export const check = defineCheck({
  metadata: {
    id: 'ec2_security_group_no_internet_ingress_to_all_ports',
    shortId: 'EC2-01',
    title: 'Security group does not open all ports to the internet',
    severity: 'CRITICAL',
    service: 'ec2',
    resourceKind: 'aws.ec2.security_group',
    description:
      'Checks that no ingress rule admits every port from 0.0.0.0/0 or ::/0: protocol -1 (all traffic), or a TCP/UDP range from 0 to 65535. Rules whose source is another security group or a prefix list name specific peers and are not internet ingress. By default only groups attached to a network interface are judged (setting includeUnusedGroups).',
    risk:
      'Every service on the instances behind the group, including databases, admin consoles and debug ports, is reachable by any scanner on the internet; one unpatched service is enough for a compromise.',
    remediation: {
      text: 'Remove the rules that open every port to 0.0.0.0/0 or ::/0. Admit only the ports the workload serves, from the ranges or security groups that need them; put public services behind a load balancer.',
      cli: REVOKE_INGRESS_CLI,
      terraform: restrictedIngressTerraform('443'),
    },
    references: [...SECURITY_GROUP_REFERENCES],
    compliance: { 'cis-aws-3.0.0': ['5.2', '5.3'], 'cis-aws-5.0.0': ['5.3', '5.4'] },
    settings: {
      /** Judge groups no network interface uses as well (CIS reading); off by default, as in Prowler. */
      includeUnusedGroups: false,
    },
  },
  evaluate(group, { settings }) {
    if (!group.ingress) return unknownRules(group, 'ingress');
    const exposures = internetExposures(group.ingress, coversAllPorts);
    return judgeExposures(group, exposures, 'all ports', settings.includeUnusedGroups);
  },
});
