/**
 * The demo's IAM: a root user without MFA, a password policy short of CIS, people with and without MFA, a CI user
 * with two old keys, a departed contractor's unused credentials, admins attached directly, a partner role without
 * an ExternalId, an escalation-prone policy, and an expired certificate, next to well-kept counterparts.
 */
import { ok, type CloudResource, type IamPolicy, type IamRole, type IamUser, type InlinePolicy, type PolicyDocument } from '@cspmexa/resources';
import { accessKey, daysAgo, daysAhead, DEMO_ACCOUNT, hexId, iamArn, PARTNER_ACCOUNT, reportEntry, tags, type ReportRow } from './common';

const ADMIN_DOC: PolicyDocument = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] };
const awsPolicy = (name: string) => ({ policyArn: `arn:aws:iam::aws:policy/${name}`, policyName: name });
const customerPolicy = (name: string) => ({ policyArn: iamArn('policy', name), policyName: name });
const inlineAdmin: InlinePolicy = { policyName: 'break-glass', document: ADMIN_DOC };

interface UserSpec extends Omit<ReportRow, 'user' | 'arn'> {
  name: string;
  groups?: string[];
  attached?: { policyArn: string; policyName: string }[];
  inline?: InlinePolicy[];
  team: string;
}

const USERS: UserSpec[] = [
  { name: 'alice.nguyen', team: 'platform', createdDaysAgo: 1100, passwordUsedDaysAgo: 1, mfa: true, groups: ['Admins'], keys: [accessKey(1, 40, 2), accessKey(2, null, null)] },
  { name: 'bruno.costa', team: 'web', createdDaysAgo: 700, passwordUsedDaysAgo: 3, mfa: false, groups: ['Developers'] },
  { name: 'chen.wei', team: 'data', createdDaysAgo: 400, passwordUsedDaysAgo: 6, mfa: true, groups: ['Developers', 'DataEngineers'], keys: [accessKey(1, 75, 1), accessKey(2, null, null)] },
  { name: 'dana.okafor', team: 'security', createdDaysAgo: 300, passwordUsedDaysAgo: 0, mfa: true, groups: ['SecurityAudit'] },
  { name: 'erik.larsen', team: 'finance', createdDaysAgo: 250, passwordUsedDaysAgo: 12, mfa: false, groups: ['ReadOnly'], attached: [awsPolicy('AWSCloudShellFullAccess')] },
  { name: 'fatima.haddad', team: 'platform', createdDaysAgo: 900, passwordUsedDaysAgo: 2, mfa: true, attached: [awsPolicy('AdministratorAccess')] },
  { name: 'gus.contractor', team: 'external', createdDaysAgo: 620, passwordUsedDaysAgo: 210, mfa: false, groups: ['Developers'], keys: [accessKey(1, 600, 190), accessKey(2, null, null)] },
  { name: 'hana.sato', team: 'ml', createdDaysAgo: 20, passwordUsedDaysAgo: null, mfa: false, groups: ['DataEngineers'], keys: [accessKey(1, 20, null), accessKey(2, null, null)] },
  { name: 'ivan.petrov', team: 'web', createdDaysAgo: 500, passwordUsedDaysAgo: 8, mfa: true, groups: ['Developers'], inline: [inlineAdmin] },
  { name: 'ci-deploy', team: 'platform', createdDaysAgo: 1500, mfa: false, attached: [customerPolicy('ci-deploy-permissions')], keys: [accessKey(1, 540, 0), accessKey(2, 410, 30)] },
  { name: 'svc-backup', team: 'platform', createdDaysAgo: 800, mfa: false, groups: ['ServiceAccounts'], keys: [accessKey(1, 60, 0), accessKey(2, null, null)] },
  { name: 'svc-reporting', team: 'finance', createdDaysAgo: 950, mfa: false, groups: ['ServiceAccounts'], keys: [accessKey(1, 380, 95), accessKey(2, 20, null, false)] },
];

interface GroupSpec {
  name: string;
  attached: { policyArn: string; policyName: string }[];
  inline?: InlinePolicy[];
}

const GROUPS: GroupSpec[] = [
  { name: 'Admins', attached: [awsPolicy('AdministratorAccess')] },
  { name: 'Developers', attached: [awsPolicy('PowerUserAccess'), customerPolicy('developer-guardrails')] },
  { name: 'DataEngineers', attached: [customerPolicy('data-lake-access')] },
  { name: 'SecurityAudit', attached: [awsPolicy('SecurityAudit'), awsPolicy('ReadOnlyAccess')] },
  { name: 'ReadOnly', attached: [awsPolicy('ReadOnlyAccess')] },
  { name: 'ServiceAccounts', attached: [customerPolicy('service-accounts-base')], inline: [{ policyName: 'legacy-full-access', document: ADMIN_DOC }] },
];

const trust = (principal: Record<string, string>, condition?: PolicyDocument['Statement']) =>
  ok({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: principal, Action: 'sts:AssumeRole', ...(condition ? { Condition: condition as never } : {}) }] } as PolicyDocument);

function role(name: string, trustPolicy: IamRole['assumeRolePolicy'], attached: { policyArn: string; policyName: string }[], extra: Partial<IamRole> = {}): IamRole {
  const path = extra.path ?? '/';
  return {
    kind: 'aws.iam.role',
    arn: iamArn('role', name, path),
    name,
    accountId: DEMO_ACCOUNT,
    region: 'global',
    tags: tags(extra.serviceLinked ? {} : { ManagedBy: 'terraform' }),
    roleName: name,
    roleId: `AROA${hexId('role', name).slice(5).toUpperCase()}`,
    path,
    createDate: daysAgo(300 + name.length * 10),
    assumeRolePolicy: trustPolicy,
    attachedPolicies: attached,
    inlinePolicies: extra.inlinePolicies ?? [],
    instanceProfileArns: extra.instanceProfileArns ?? [],
    serviceLinked: extra.serviceLinked ?? false,
    lastUsedDate: daysAgo(name.length % 5),
  };
}

function roles(): IamRole[] {
  const ec2 = { Service: 'ec2.amazonaws.com' };
  const profile = (name: string) => ({ instanceProfileArns: [iamArn('instance-profile', name)] });
  return [
    role('web-app', trust(ec2), [customerPolicy('web-app-runtime')], profile('web-app')),
    role('batch-worker', trust(ec2), [awsPolicy('AmazonS3FullAccess')], profile('batch-worker')),
    role('eu-api', trust(ec2), [customerPolicy('eu-api-runtime')], profile('eu-api')),
    role('media-transcoder', trust(ec2), [customerPolicy('media-runtime')], profile('media-transcoder')),
    role('ssm-managed', trust(ec2), [awsPolicy('AmazonSSMManagedInstanceCore')], profile('ssm-managed')),
    role('partner-data-exchange', trust({ AWS: `arn:aws:iam::${PARTNER_ACCOUNT}:root` }), [customerPolicy('partner-exchange-access')]),
    role('cspmexa-readonly', trust({ AWS: `arn:aws:iam::${PARTNER_ACCOUNT}:root` }, { StringEquals: { 'sts:ExternalId': 'demo-external-id-0001' } } as never), [awsPolicy('SecurityAudit'), awsPolicy('ViewOnlyAccess')]),
    role('github-actions-deploy', trust({ Federated: `arn:aws:iam::${DEMO_ACCOUNT}:oidc-provider/token.actions.githubusercontent.com` }), [customerPolicy('ci-deploy-permissions')], {
      inlinePolicies: [{ policyName: 'emergency-admin', document: ADMIN_DOC }],
    }),
    role('AWSServiceRoleForSupport', trust({ Service: 'support.amazonaws.com' }), [awsPolicy('AWSSupportServiceRolePolicy')], { path: '/aws-service-role/support.amazonaws.com/', serviceLinked: true }),
  ];
}

const statement = (Action: string[], Resource: string | string[] = '*') => ({ Effect: 'Allow' as const, Action, Resource });

function policy(name: string, awsManaged: boolean, doc: PolicyDocument, attachedTo: IamPolicy['attachedTo']): IamPolicy {
  const arn = awsManaged ? `arn:aws:iam::aws:policy/${name}` : iamArn('policy', name);
  const count = attachedTo.users.length + attachedTo.groups.length + attachedTo.roles.length;
  return { kind: 'aws.iam.policy', arn, name, accountId: DEMO_ACCOUNT, region: 'global', policyName: name, path: '/', awsManaged, attachmentCount: count, defaultVersionId: 'v1', document: ok(doc), attachedTo };
}

function policies(): IamPolicy[] {
  const doc = (...Statement: ReturnType<typeof statement>[]): PolicyDocument => ({ Version: '2012-10-17', Statement });
  return [
    policy('AdministratorAccess', true, ADMIN_DOC, { users: ['fatima.haddad'], groups: ['Admins'], roles: [] }),
    policy('AWSCloudShellFullAccess', true, doc(statement(['cloudshell:*'])), { users: ['erik.larsen'], groups: [], roles: [] }),
    policy('AmazonS3FullAccess', true, doc(statement(['s3:*', 's3-object-lambda:*'])), { users: [], groups: [], roles: ['batch-worker'] }),
    policy('ci-deploy-permissions', false, doc(statement(['ecr:*', 'ecs:UpdateService', 'iam:PassRole', 'iam:CreatePolicyVersion', 'iam:AttachRolePolicy'])), { users: ['ci-deploy'], groups: [], roles: ['github-actions-deploy'] }),
    policy('developer-guardrails', false, { Version: '2012-10-17', Statement: [{ Effect: 'Deny', Action: ['iam:*', 'organizations:*'], Resource: '*' }] }, { users: [], groups: ['Developers'], roles: [] }),
    policy('data-lake-access', false, doc(statement(['s3:GetObject', 's3:PutObject', 's3:ListBucket'], ['arn:aws:s3:::examplecorp-data-lake-raw', 'arn:aws:s3:::examplecorp-data-lake-raw/*'])), { users: [], groups: ['DataEngineers'], roles: [] }),
    policy('service-accounts-base', false, doc(statement(['s3:GetObject', 's3:PutObject'], 'arn:aws:s3:::examplecorp-backups-eu/*')), { users: [], groups: ['ServiceAccounts'], roles: [] }),
    policy('web-app-runtime', false, doc(statement(['s3:GetObject'], 'arn:aws:s3:::examplecorp-app-assets-prod/*'), statement(['secretsmanager:GetSecretValue'], `arn:aws:secretsmanager:us-east-1:${DEMO_ACCOUNT}:secret:web/*`)), { users: [], groups: [], roles: ['web-app'] }),
    policy('eu-api-runtime', false, doc(statement(['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:Query'], `arn:aws:dynamodb:eu-west-1:${DEMO_ACCOUNT}:table/eu-*`)), { users: [], groups: [], roles: ['eu-api'] }),
    policy('media-runtime', false, doc(statement(['s3:GetObject', 's3:PutObject'], 'arn:aws:s3:::examplecorp-sydney-media/*')), { users: [], groups: [], roles: ['media-transcoder'] }),
    policy('partner-exchange-access', false, doc(statement(['s3:GetObject', 's3:PutObject'], 'arn:aws:s3:::examplecorp-partner-exchange/*')), { users: [], groups: [], roles: ['partner-data-exchange'] }),
    policy('old-admin-2019', false, ADMIN_DOC, { users: [], groups: [], roles: [] }),
  ];
}

export function demoIam(): CloudResource[] {
  const users: IamUser[] = USERS.map((u) => ({
    kind: 'aws.iam.user',
    arn: iamArn('user', u.name),
    name: u.name,
    accountId: DEMO_ACCOUNT,
    region: 'global',
    tags: tags({ Team: u.team }),
    userName: u.name,
    path: '/',
    createDate: daysAgo(u.createdDaysAgo),
    groups: u.groups ?? [],
    attachedPolicies: u.attached ?? [],
    inlinePolicies: u.inline ?? [],
    credentials: ok(reportEntry({ ...u, user: u.name, arn: iamArn('user', u.name) })),
  }));
  const groups: CloudResource[] = GROUPS.map((g) => ({
    kind: 'aws.iam.group',
    arn: iamArn('group', g.name),
    name: g.name,
    accountId: DEMO_ACCOUNT,
    region: 'global',
    groupName: g.name,
    path: '/',
    attachedPolicies: g.attached,
    inlinePolicies: g.inline ?? [],
  }));
  const certificate = (name: string, uploadedDaysAgo: number, expiresInDays: number): CloudResource => ({
    kind: 'aws.iam.server_certificate',
    arn: iamArn('server-certificate', name),
    name,
    accountId: DEMO_ACCOUNT,
    region: 'global',
    serverCertificateName: name,
    uploadDate: daysAgo(uploadedDaysAgo),
    expiration: expiresInDays >= 0 ? daysAhead(expiresInDays) : daysAgo(-expiresInDays),
  });
  const account: CloudResource = {
    kind: 'aws.iam.account',
    arn: `arn:aws:iam::${DEMO_ACCOUNT}:account`,
    name: 'IAM account settings',
    accountId: DEMO_ACCOUNT,
    region: 'global',
    passwordPolicy: ok({
      minimumPasswordLength: 10,
      requireSymbols: true,
      requireNumbers: true,
      requireUppercaseCharacters: true,
      requireLowercaseCharacters: true,
      allowUsersToChangePassword: true,
      expirePasswords: true,
      maxPasswordAge: 90,
      passwordReusePrevention: 5,
      hardExpiry: false,
    }),
    summary: ok({ AccountMFAEnabled: 0, AccountAccessKeysPresent: 0, Users: USERS.length, Groups: GROUPS.length, Roles: 9, Policies: 9, MFADevices: 4, MFADevicesInUse: 4 }),
    // The report cannot describe the root password (not_supported); it was last used 45 days ago, without MFA.
    root: ok({
      ...reportEntry({ user: '<root_account>', arn: `arn:aws:iam::${DEMO_ACCOUNT}:root`, createdDaysAgo: 2400, passwordUsedDaysAgo: 45, mfa: false }),
      passwordEnabled: 'not_supported',
      passwordLastChanged: { state: 'not_supported' },
      passwordNextRotation: { state: 'not_supported' },
    }),
    virtualMfaDevices: ok(
      USERS.filter((u) => u.mfa).map((u) => ({ serialNumber: iamArn('mfa', u.name), userArn: iamArn('user', u.name) })),
    ),
    // Nobody holds AWSSupportAccess (IAM-20 fails): support cases fall to the root user or the administrators.
    supportAccess: ok({ users: [], groups: [], roles: [] }),
  };
  return [...users, ...groups, ...roles(), ...policies(), certificate('www-examplecorp-2023', 760, -30), certificate('api-examplecorp-2025', 60, 305), account];
}
