import { defineCheck } from '../../../engine/define-check';
import { fail, pass, unknownMissingField } from '../../../engine/result';
import { naclInternetExposures } from '../lib/nacl-entries';
import { parsePortList } from '../lib/port-list';

export const check = defineCheck({
  metadata: {
    id: 'ec2_network_acl_no_internet_ingress_to_admin_ports',
    shortId: 'EC2-09',
    title: 'Network ACL does not admit internet traffic to remote administration ports',
    severity: 'HIGH',
    service: 'ec2',
    resourceKind: 'aws.ec2.network_acl',
    description:
      'Checks DescribeNetworkAcls ingress entries in rule order: for each adminPorts port (22, 3389) and address family, the first entry covering the port for 0.0.0.0/0 or ::/0 (protocol TCP or -1, port range containing it or absent) must not be an allow. An earlier deny protects the port.',
    risk: 'A NACL letting the internet reach SSH or RDP leaves security groups as the only barrier in front of the subnet\'s remote administration services.',
    remediation: {
      text: 'Add deny entries for TCP 22 and 3389 from 0.0.0.0/0 and ::/0 numbered before the allow entries, or narrow the allow entries to your administration ranges.',
      cli: 'aws ec2 create-network-acl-entry --network-acl-id <acl-id> --ingress --rule-number 50 --protocol tcp --port-range From=22,To=22 --cidr-block 0.0.0.0/0 --rule-action deny\naws ec2 create-network-acl-entry --network-acl-id <acl-id> --ingress --rule-number 51 --protocol tcp --port-range From=3389,To=3389 --cidr-block 0.0.0.0/0 --rule-action deny',
      terraform: 'resource "aws_network_acl_rule" "deny_ssh" {\n  network_acl_id = aws_network_acl.main.id\n  rule_number    = 50\n  egress         = false\n  protocol       = "tcp"\n  rule_action    = "deny"\n  cidr_block     = "0.0.0.0/0"\n  from_port      = 22\n  to_port        = 22\n}',
    },
    references: ['https://docs.aws.amazon.com/vpc/latest/userguide/vpc-network-acls.html', 'https://docs.aws.amazon.com/vpc/latest/userguide/nacl-rules.html'],
    compliance: { 'cis-aws-3.0.0': ['5.1'], 'cis-aws-5.0.0': ['5.2'] },
    settings: {
      /** Ports (or ranges "a-b") of remote administration services. */
      adminPorts: ['22', '3389'],
    },
  },
  evaluate(acl, { settings }) {
    if (acl.entries === undefined) return unknownMissingField(acl.arn, `whether ${acl.networkAclId} admits the internet`, 'DescribeNetworkAcls', 'entries');
    const exposures = naclInternetExposures(acl.entries, parsePortList(settings.adminPorts));
    if (exposures.length === 0) return pass(acl.arn, `Network ACL ${acl.networkAclId} admits no internet traffic to ports ${settings.adminPorts.join(', ')}`);
    const what = exposures.map((e) => `port ${e.port} from ${e.family === 'IPv4' ? '0.0.0.0/0' : '::/0'} (rule ${e.ruleNumber})`).join(', ');
    return fail(acl.arn, `Network ACL ${acl.networkAclId} admits ${what}`, { exposures, associatedSubnetIds: acl.associatedSubnetIds });
  },
});
