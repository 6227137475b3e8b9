import { defineCheck } from '../../../engine/define-check';
import { judgeExposures, unknownRules } from '../lib/group-usage';
import { REVOKE_INGRESS_CLI, restrictedIngressTerraform, SECURITY_GROUP_REFERENCES } from '../lib/sg-references';
import { coversPort, internetExposures } from '../lib/sg-rules';

export const check = defineCheck({
  metadata: {
    id: 'ec2_security_group_no_internet_ingress_to_rdp',
    shortId: 'EC2-03',
    title: 'Security group does not open RDP (TCP 3389) to the internet',
    severity: 'HIGH',
    service: 'ec2',
    resourceKind: 'aws.ec2.security_group',
    description:
      'Checks that no ingress rule admits TCP port 3389 (RDP) from 0.0.0.0/0 or ::/0: a TCP range containing 3389, or protocol -1 (all traffic). Rules whose source is another security group or a prefix list are not internet ingress. By default only groups attached to a network interface are judged (setting includeUnusedGroups).',
    risk:
      'RDP open to the internet is found by scanners within minutes and attacked by credential stuffing and exploits of the remote administration service; a success gives an interactive foothold inside the VPC.',
    remediation: {
      text: 'Remove the rules admitting port 3389 from 0.0.0.0/0 or ::/0. Reach instances through AWS Systems Manager Session Manager, or admit 3389 only from a VPN or bastion range or security group.',
      cli: REVOKE_INGRESS_CLI.replace('<protocol>', 'tcp').replace('<from>', '3389').replace('<to>', '3389'),
      terraform: restrictedIngressTerraform('3389'),
    },
    references: [...SECURITY_GROUP_REFERENCES, 'https://docs.aws.amazon.com/systems-manager/latest/userguide/session-manager.html'],
    compliance: { 'cis-aws-3.0.0': ['5.2', '5.3'], 'cis-aws-5.0.0': ['5.3', '5.4'] },
    settings: {
      /** The port this check protects; a non-standard RDP port can be set instead. */
      port: 3389,
      /** Judge groups no network interface uses as well (CIS reading); off by default, as in Prowler. */
      includeUnusedGroups: false,
    },
  },
  evaluate(group, { settings }) {
    if (!group.ingress) return unknownRules(group, 'ingress');
    const exposures = internetExposures(group.ingress, (rule) => coversPort(rule, settings.port));
    return judgeExposures(group, exposures, `TCP port ${settings.port} (RDP)`, settings.includeUnusedGroups);
  },
});
