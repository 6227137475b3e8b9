/**
 * Deterministic synthetic security groups (the EC2 kind the checks read) and IAM users and roles, in the mix of
 * states a real account has: open and closed ports, stale and fresh keys, MFA on and off, admin inline policies.
 */
import { absent, GLOBAL_REGION, ok, type CredentialReportEntry, type Ec2SecurityGroup, type IamRole, type IamUser, type InventoryResource, type ReportAccessKey } from '@cspmexa/resources';

const account = (i: number) => String(100000000000 + (i % 5));
const region = (i: number) => (i % 2 ? 'eu-west-1' : 'us-east-1');
const NA = { state: 'not_applicable' } as const;
const daysAgo = (d: number) => ({ state: 'date', at: new Date(Date.UTC(2026, 10, 1) - d * 86_400_000).toISOString() }) as const;

export function syntheticSecurityGroups(count: number, offset = 0): InventoryResource<Ec2SecurityGroup>[] {
  return Array.from({ length: count }, (_, n) => {
    const i = n + offset;
    const open = i % 8 === 0;
    const port = [22, 3389, 443, 5432][i % 4] as number;
    const groupId = `sg-${i.toString(16).padStart(17, '0')}`;
    return {
      id: `r-${i}`,
      resource: {
        kind: 'aws.ec2.security_group',
        arn: `arn:aws:ec2:${region(i)}:${account(i)}:security-group/${groupId}`,
        name: `group-${i}`,
        accountId: account(i),
        region: region(i),
        tags: ok({}),
        groupId,
        groupName: i % 50 === 0 ? 'default' : `group-${i}`,
        isDefault: i % 50 === 0,
        ingress: [{ protocol: 'tcp', fromPort: port, toPort: port, ipv4Ranges: [{ cidr: open ? '0.0.0.0/0' : '10.0.0.0/8' }], ipv6Ranges: [], prefixListIds: [], referencedGroups: [] }],
        egress: [{ protocol: 'all', ipv4Ranges: [{ cidr: '0.0.0.0/0' }], ipv6Ranges: [], prefixListIds: [], referencedGroups: [] }],
        attachedNetworkInterfaceIds: ok(i % 5 === 0 ? [] : [`eni-${i}`]),
      },
    };
  });
}

function key(slot: 1 | 2, active: boolean, age: number): ReportAccessKey {
  return { slot, active, lastRotated: active ? daysAgo(age) : NA, lastUsed: active ? daysAgo(age % 120) : NA };
}

function credentials(i: number, user: string, arn: string): CredentialReportEntry {
  return {
    user,
    arn,
    passwordEnabled: i % 3 !== 0,
    passwordLastUsed: daysAgo(i % 200),
    passwordLastChanged: daysAgo(i % 400),
    passwordNextRotation: NA,
    mfaActive: i % 4 !== 0,
    accessKeys: [key(1, i % 2 === 0, i % 300), key(2, false, 0)],
    cert1Active: false,
    cert2Active: false,
  };
}

const adminInline = { policyName: 'admin', document: { Version: '2012-10-17', Statement: [{ Effect: 'Allow' as const, Action: '*', Resource: '*' }] } };

export function syntheticUsers(count: number, offset = 0): InventoryResource<IamUser>[] {
  return Array.from({ length: count }, (_, n) => {
    const i = n + offset;
    const userName = `user-${i}`;
    const arn = `arn:aws:iam::${account(i)}:user/${userName}`;
    return {
      id: `r-${i}`,
      resource: {
        kind: 'aws.iam.user',
        arn,
        name: userName,
        accountId: account(i),
        region: GLOBAL_REGION,
        userName,
        groups: i % 3 ? ['developers'] : [],
        attachedPolicies: i % 6 === 0 ? [{ policyArn: 'arn:aws:iam::aws:policy/AdministratorAccess', policyName: 'AdministratorAccess' }] : [],
        inlinePolicies: i % 25 === 0 ? [adminInline] : [],
        credentials: i % 40 === 0 ? absent() : ok(credentials(i, userName, arn)),
      },
    };
  });
}

export function syntheticRoles(count: number, offset = 0): InventoryResource<IamRole>[] {
  return Array.from({ length: count }, (_, n) => {
    const i = n + offset;
    const roleName = `role-${i}`;
    const principal: Record<string, string> = i % 10 === 0 ? { AWS: '*' } : { Service: 'ec2.amazonaws.com' };
    return {
      id: `r-${i}`,
      resource: {
        kind: 'aws.iam.role',
        arn: `arn:aws:iam::${account(i)}:role/${roleName}`,
        name: roleName,
        accountId: account(i),
        region: GLOBAL_REGION,
        roleName,
        assumeRolePolicy: ok({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: principal, Action: 'sts:AssumeRole' }] }),
        attachedPolicies: [],
        inlinePolicies: i % 20 === 0 ? [adminInline] : [],
        instanceProfileArns: [],
        serviceLinked: i % 30 === 0,
      },
    };
  });
}
