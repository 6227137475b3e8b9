/**
 * The CloudTrail events CIS section 4 wants alarmed (4.3 root usage, 4.4 IAM policy changes, 4.10 security group
 * changes, 4.11 NACL changes), as sample events. A metric filter "is" the CIS filter when its pattern matches every
 * event CIS asks for and none of the events CIS leaves out: the same judgement Prowler makes with a regular
 * expression over the pattern's text, but immune to whitespace, parentheses, quoting and the order of the terms.
 */
import { parseFilterPattern, patternMatches } from './metric-filter-pattern';

export interface MonitoredEvents {
  /** What the alarm is about, for messages: "root user activity". */
  subject: string;
  /** The benchmark's pattern, shown in remediation. */
  cisPattern: string;
  /** Events the filter must match. */
  mustMatch: readonly object[];
  /** Events the filter must not match (what CIS deliberately excludes, and unrelated activity). */
  mustNotMatch: readonly object[];
}

const apiCall = (eventSource: string, eventName: string, userType = 'IAMUser') => ({
  eventVersion: '1.09',
  userIdentity: { type: userType, accountId: '111122223333', arn: userType === 'Root' ? 'arn:aws:iam::111122223333:root' : 'arn:aws:iam::111122223333:user/alice' },
  eventSource,
  eventName,
  awsRegion: 'eu-west-1',
  sourceIPAddress: '198.51.100.7',
  eventType: 'AwsApiCall',
  readOnly: /^(Describe|Get|List)/.test(eventName),
  managementEvent: true,
  recipientAccountId: '111122223333',
});

const anyOf = (eventSource: string, names: readonly string[]) => names.map((name) => apiCall(eventSource, name));

export const ROOT_USAGE: MonitoredEvents = {
  subject: "usage of the 'root' user",
  cisPattern: '{ $.userIdentity.type = "Root" && $.userIdentity.invokedBy NOT EXISTS && $.eventType != "AwsServiceEvent" }',
  mustMatch: [
    apiCall('iam.amazonaws.com', 'CreateAccessKey', 'Root'),
    apiCall('ec2.amazonaws.com', 'DescribeInstances', 'Root'),
    { ...apiCall('signin.amazonaws.com', 'ConsoleLogin', 'Root'), eventType: 'AwsConsoleSignIn' },
  ],
  mustNotMatch: [
    apiCall('ec2.amazonaws.com', 'DescribeInstances'),
    // An AWS service acting for the root user, and AWS's own service events: CIS leaves both out.
    { ...apiCall('s3.amazonaws.com', 'GetBucketAcl', 'Root'), userIdentity: { type: 'Root', invokedBy: 'cloudtrail.amazonaws.com' } },
    { ...apiCall('sts.amazonaws.com', 'AssumeRole', 'Root'), eventType: 'AwsServiceEvent' },
  ],
};

const POLICY_CHANGES = [
  'DeleteGroupPolicy',
  'DeleteRolePolicy',
  'DeleteUserPolicy',
  'PutGroupPolicy',
  'PutRolePolicy',
  'PutUserPolicy',
  'CreatePolicy',
  'DeletePolicy',
  'CreatePolicyVersion',
  'DeletePolicyVersion',
  'AttachRolePolicy',
  'DetachRolePolicy',
  'AttachUserPolicy',
  'DetachUserPolicy',
  'AttachGroupPolicy',
  'DetachGroupPolicy',
] as const;

const SECURITY_GROUP_CHANGES = ['AuthorizeSecurityGroupIngress', 'AuthorizeSecurityGroupEgress', 'RevokeSecurityGroupIngress', 'RevokeSecurityGroupEgress', 'CreateSecurityGroup', 'DeleteSecurityGroup'] as const;

const NACL_CHANGES = ['CreateNetworkAcl', 'CreateNetworkAclEntry', 'DeleteNetworkAcl', 'DeleteNetworkAclEntry', 'ReplaceNetworkAclEntry', 'ReplaceNetworkAclAssociation'] as const;

const cisOr = (names: readonly string[]) => `{ ${names.map((n) => `($.eventName = ${n})`).join(' || ')} }`;

export const IAM_POLICY_CHANGES: MonitoredEvents = {
  subject: 'IAM policy changes',
  cisPattern: cisOr(POLICY_CHANGES),
  mustMatch: anyOf('iam.amazonaws.com', POLICY_CHANGES),
  mustNotMatch: anyOf('iam.amazonaws.com', ['ListPolicies', 'GetPolicyVersion', 'CreateUser']),
};

export const SECURITY_GROUP_CHANGE_EVENTS: MonitoredEvents = {
  subject: 'security group changes',
  cisPattern: cisOr(SECURITY_GROUP_CHANGES),
  mustMatch: anyOf('ec2.amazonaws.com', SECURITY_GROUP_CHANGES),
  mustNotMatch: anyOf('ec2.amazonaws.com', ['DescribeSecurityGroups', 'RunInstances']),
};

export const NACL_CHANGE_EVENTS: MonitoredEvents = {
  subject: 'network ACL changes',
  cisPattern: cisOr(NACL_CHANGES),
  mustMatch: anyOf('ec2.amazonaws.com', NACL_CHANGES),
  mustNotMatch: anyOf('ec2.amazonaws.com', ['DescribeNetworkAcls', 'CreateSecurityGroup']),
};

/** Whether a filter pattern selects exactly what `events` asks for; a pattern we cannot parse selects nothing. */
export function patternCovers(pattern: string, events: MonitoredEvents): boolean {
  let parsed;
  try {
    parsed = parseFilterPattern(pattern);
  } catch {
    return false;
  }
  return events.mustMatch.every((e) => patternMatches(parsed, e)) && !events.mustNotMatch.some((e) => patternMatches(parsed, e));
}
