/**
 * The kinds the collectors store today, offered in the Inventory filter. The API has no "kinds present" facet, so
 * this list is kept by hand; a kind missing here still works from a URL (the filter shows it as itself). Access
 * Analyzer regions are typed but not collected yet, so they are not offered.
 */
export const KNOWN_RESOURCE_KINDS: readonly string[] = [
  'aws.s3.bucket',
  'aws.s3.account',
  'aws.ec2.instance',
  'aws.ec2.security_group',
  'aws.ec2.volume',
  'aws.ec2.snapshot',
  'aws.ec2.image',
  'aws.ec2.address',
  'aws.ec2.launch_template',
  'aws.ec2.network_acl',
  'aws.ec2.vpc',
  'aws.ec2.subnet',
  'aws.ec2.route_table',
  'aws.ec2.vpc_peering_connection',
  'aws.ec2.account',
  'aws.iam.user',
  'aws.iam.group',
  'aws.iam.role',
  'aws.iam.policy',
  'aws.iam.server_certificate',
  'aws.iam.account',
  'aws.cloudtrail.trail',
  'aws.cloudtrail.account',
  'aws.config.region',
  'aws.account.contacts',
];

/** Kinds whose generic label ("Account contacts") would not say what they hold. */
const KIND_LABEL: Readonly<Record<string, string>> = {
  'aws.cloudtrail.account': 'CloudTrail trails (account)',
  'aws.config.region': 'Config recorders (region)',
  'aws.account.contacts': 'Account alternate contacts',
};

const SERVICE_LABEL: Readonly<Record<string, string>> = {
  s3: 'S3',
  ec2: 'EC2',
  iam: 'IAM',
  cloudtrail: 'CloudTrail',
  config: 'Config',
  accessanalyzer: 'Access Analyzer',
  account: 'Account',
};

/** `aws.ec2.security_group` -> `EC2 security group`; anything unexpected is shown verbatim. */
export function resourceKindLabel(kind: string): string {
  const special = KIND_LABEL[kind];
  if (special) return special;
  const [provider, service, ...type] = kind.split('.');
  if (provider !== 'aws' || !service || type.length === 0) return kind;
  return `${SERVICE_LABEL[service] ?? service} ${type.join(' ').replaceAll('_', ' ')}`;
}
