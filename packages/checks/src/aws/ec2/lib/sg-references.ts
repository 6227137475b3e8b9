/** Documentation every internet-ingress check of security groups cites. */
export const SECURITY_GROUP_REFERENCES = [
  'https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html',
  'https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeSecurityGroups.html',
  'https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html#security-group-referencing',
] as const;

export const REVOKE_INGRESS_CLI = [
  'aws ec2 describe-security-groups --group-ids <group-id> --query "SecurityGroups[].IpPermissions"',
  'aws ec2 revoke-security-group-ingress --group-id <group-id> --ip-permissions \'[{"IpProtocol":"<protocol>","FromPort":<from>,"ToPort":<to>,"IpRanges":[{"CidrIp":"0.0.0.0/0"}],"Ipv6Ranges":[{"CidrIpv6":"::/0"}]}]\'',
].join('\n');

/** Terraform that admits a port from a known range (or another group) instead of the internet. */
export function restrictedIngressTerraform(port: string): string {
  return [
    'resource "aws_vpc_security_group_ingress_rule" "restricted" {',
    '  security_group_id = aws_security_group.this.id',
    '  ip_protocol       = "tcp"',
    `  from_port         = ${port}`,
    `  to_port           = ${port}`,
    '  cidr_ipv4         = "203.0.113.0/24" # your office or VPN range, never 0.0.0.0/0 or ::/0',
    '}',
  ].join('\n');
}
