/**
 * The CloudTrail events CIS section 4 wants alarmed (4.3 root usage, 4.4 IAM policy changes, 4.10 security group
 * changes, 4.11 NACL changes), as sample events. A metric filter "is" the CIS filter when its pattern matches every
 * event CIS asks for and none of the events CIS leaves out: the same judgement Prowler makes with a regular
 * expression over the pattern's text, but immune to whitespace, parentheses, quoting and the order of the terms.
 * Each sample is also tried with every value real events carry in the fields CIS does not test (region, caller
 * type, error code, recipient account...): a filter adding `&& $.awsRegion = "us-east-1"` or `&& $.errorCode NOT
 * EXISTS` misses events CIS wants alarmed, so it is not the CIS filter however well it matches the plain samples.
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
  /** Fields CIS does not test, with values real events of this kind carry: the filter must match each of them. */
  freeFields: readonly FreeField[];
}

/** A field of the event (its path) and values it takes in real events; `undefined` is the field left out. */
export interface FreeField {
  path: readonly string[];
  values: readonly unknown[];
}

const REGIONS = ['us-east-1', 'eu-west-1', 'ap-southeast-2', 'sa-east-1', 'us-gov-west-1', 'cn-north-1'];
const COMMON_FREE_FIELDS: readonly FreeField[] = [
  { path: ['errorCode'], values: [undefined, 'AccessDenied', 'Client.UnauthorizedOperation', 'ThrottlingException'] },
  { path: ['errorMessage'], values: [undefined, 'You are not authorized to perform this operation.'] },
  { path: ['recipientAccountId'], values: ['111122223333', '444455556666'] },
  { path: ['userIdentity', 'accountId'], values: ['111122223333', '444455556666'] },
  { path: ['sourceIPAddress'], values: ['198.51.100.7', '2001:db8::7', 'AWS Internal'] },
  { path: ['userAgent'], values: [undefined, 'aws-cli/2.15.0', 'console.amazonaws.com'] },
  { path: ['readOnly'], values: [true, false] },
  { path: ['sessionCredentialFromConsole'], values: [undefined, 'true'] },
];
const CALLER_TYPES: FreeField = { path: ['userIdentity', 'type'], values: ['IAMUser', 'AssumedRole', 'FederatedUser', 'Root', 'IdentityCenterUser', 'AWSAccount'] };
const ANY_REGION: FreeField = { path: ['awsRegion'], values: REGIONS };

const apiCall = (eventSource: string, eventName: string, userType = 'IAMUser') => ({
  eventVersion: '1.09',
  userIdentity: { type: userType, accountId: '111122223333', arn: userType === 'Root' ? 'arn:aws:iam::111122223333:root' : 'arn:aws:iam::111122223333:user/alice' },
  eventSource,
  eventName,
  // IAM is global: CloudTrail records its calls in us-east-1, whichever endpoint took them.
  awsRegion: eventSource === 'iam.amazonaws.com' ? 'us-east-1' : 'eu-west-1',
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
  freeFields: [ANY_REGION, ...COMMON_FREE_FIELDS],
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
  // No region: every IAM event says us-east-1, so a filter narrowed to it misses none.
  freeFields: [CALLER_TYPES, ...COMMON_FREE_FIELDS],
};

export const SECURITY_GROUP_CHANGE_EVENTS: MonitoredEvents = {
  subject: 'security group changes',
  cisPattern: cisOr(SECURITY_GROUP_CHANGES),
  mustMatch: anyOf('ec2.amazonaws.com', SECURITY_GROUP_CHANGES),
  mustNotMatch: anyOf('ec2.amazonaws.com', ['DescribeSecurityGroups', 'RunInstances']),
  freeFields: [ANY_REGION, CALLER_TYPES, ...COMMON_FREE_FIELDS],
};

export const NACL_CHANGE_EVENTS: MonitoredEvents = {
  subject: 'network ACL changes',
  cisPattern: cisOr(NACL_CHANGES),
  mustMatch: anyOf('ec2.amazonaws.com', NACL_CHANGES),
  mustNotMatch: anyOf('ec2.amazonaws.com', ['DescribeNetworkAcls', 'CreateSecurityGroup']),
  freeFields: [ANY_REGION, CALLER_TYPES, ...COMMON_FREE_FIELDS],
};

/** Whether a filter pattern selects exactly what `events` asks for; a pattern we cannot parse selects nothing. */
export function patternCovers(pattern: string, events: MonitoredEvents): boolean {
  let parsed;
  try {
    parsed = parseFilterPattern(pattern);
  } catch {
    return false;
  }
  const matchesEvery = (event: object) => patternMatches(parsed, event) && variantsOf(event, events.freeFields).every((v) => patternMatches(parsed, v));
  return events.mustMatch.every(matchesEvery) && !events.mustNotMatch.some((e) => patternMatches(parsed, e));
}

/** The event with one free field changed at a time: each narrowing term shows in the variant it drops. */
function variantsOf(event: object, fields: readonly FreeField[]): object[] {
  return fields.flatMap((field) => field.values.map((value) => withField(event, field.path, value)));
}

function withField(event: object, path: readonly string[], value: unknown): object {
  const [key, ...rest] = path as [string, ...string[]];
  const copy: Record<string, unknown> = { ...(event as Record<string, unknown>) };
  if (rest.length > 0) copy[key] = withField((copy[key] as object | undefined) ?? {}, rest, value);
  else if (value === undefined) delete copy[key];
  else copy[key] = value;
  return copy;
}
