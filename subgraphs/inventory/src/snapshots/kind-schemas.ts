/**
 * Shapes of the normalized configs (packages/resources) that snapshot files must respect, for the kinds whose
 * fields the high-severity checks read. A crafted file must not turn a missing flag into a PASS. Objects are loose
 * (unknown fields are kept: a newer collector may add some); kinds without a schema here are accepted on the
 * common base shape alone, so new kinds flow through snapshots before anyone writes their schema.
 */
import { z } from 'zod';

/** A `Collected<T>`: the value, `absent`, or the read error with its API and code. */
export const collected = <T extends z.ZodType>(value: T) =>
  z.discriminatedUnion('state', [
    z.looseObject({ state: z.literal('ok'), value }),
    z.looseObject({ state: z.literal('absent') }),
    z.looseObject({ state: z.literal('error'), api: z.string(), code: z.string(), message: z.string() }),
  ]);

const stringOrList = z.union([z.string(), z.array(z.string())]);
const statement = z.looseObject({
  Effect: z.enum(['Allow', 'Deny']),
  Principal: z.union([z.literal('*'), z.record(z.string(), stringOrList)]).optional(),
  Action: stringOrList.optional(),
  NotAction: stringOrList.optional(),
  Resource: stringOrList.optional(),
  Condition: z.record(z.string(), z.record(z.string(), z.unknown())).optional(),
});
const policyDocument = z.looseObject({ Statement: z.union([statement, z.array(statement)]) });

const publicAccessBlock = z.looseObject({
  blockPublicAcls: z.boolean(),
  ignorePublicAcls: z.boolean(),
  blockPublicPolicy: z.boolean(),
  restrictPublicBuckets: z.boolean(),
});

const grant = z.looseObject({
  grantee: z.looseObject({ type: z.enum(['CanonicalUser', 'Group', 'AmazonCustomerByEmail']) }),
  permission: z.enum(['FULL_CONTROL', 'WRITE', 'WRITE_ACP', 'READ', 'READ_ACP']),
});

const s3Bucket = z.looseObject({
  acl: collected(z.looseObject({ grants: z.array(grant) })),
  policy: collected(policyDocument),
  policyStatus: collected(z.looseObject({ isPublic: z.boolean() })),
  publicAccessBlock: collected(publicAccessBlock),
  encryption: collected(z.looseObject({ rules: z.array(z.looseObject({ sseAlgorithm: z.string() })) })),
  versioning: collected(z.looseObject({ status: z.enum(['Enabled', 'Suspended']).optional() })),
  logging: collected(z.looseObject({ targetBucket: z.string().optional() })),
});

const cidr = z.looseObject({ cidr: z.string() });
const sgRule = z.looseObject({
  protocol: z.string(),
  fromPort: z.number().int().optional(),
  toPort: z.number().int().optional(),
  ipv4Ranges: z.array(cidr),
  ipv6Ranges: z.array(cidr),
  prefixListIds: z.array(z.string()),
  referencedGroups: z.array(z.looseObject({ groupId: z.string() })),
});

const metadataOptions = z.looseObject({
  httpTokens: z.enum(['required', 'optional']).optional(),
  httpEndpoint: z.enum(['enabled', 'disabled']).optional(),
});
const userData = z.looseObject({ sizeBytes: z.number().int(), sha256: z.string(), secretIndicators: z.array(z.string()) });

const reportTimestamp = z.discriminatedUnion('state', [
  z.object({ state: z.literal('date'), at: z.string() }),
  z.object({ state: z.literal('not_applicable') }),
  z.object({ state: z.literal('no_information') }),
  z.object({ state: z.literal('not_supported') }),
]);
const reportAccessKey = z.looseObject({ slot: z.union([z.literal(1), z.literal(2)]), active: z.boolean(), lastRotated: reportTimestamp, lastUsed: reportTimestamp });
const credentialReportEntry = z.looseObject({
  user: z.string(),
  arn: z.string(),
  passwordEnabled: z.union([z.boolean(), z.literal('not_supported')]),
  passwordLastUsed: reportTimestamp,
  passwordLastChanged: reportTimestamp,
  mfaActive: z.boolean(),
  accessKeys: z.tuple([reportAccessKey, reportAccessKey]),
  cert1Active: z.boolean(),
  cert2Active: z.boolean(),
});
const policyRef = z.looseObject({ policyArn: z.string(), policyName: z.string() });
const inlinePolicy = z.looseObject({ policyName: z.string(), document: policyDocument });

/** Config schemas by kind; the snapshot format applies the one matching a resource's kind, if any. */
export const configSchemas: Readonly<Record<string, z.ZodType>> = {
  'aws.s3.bucket': s3Bucket,
  'aws.s3.account': z.looseObject({ publicAccessBlock: collected(publicAccessBlock) }),
  'aws.ec2.security_group': z.looseObject({
    groupId: z.string(),
    isDefault: z.boolean(),
    ingress: z.array(sgRule).optional(),
    egress: z.array(sgRule).optional(),
    attachedNetworkInterfaceIds: collected(z.array(z.string())),
  }),
  'aws.ec2.instance': z.looseObject({
    instanceId: z.string(),
    securityGroupIds: z.array(z.string()),
    metadataOptions,
    userData: collected(userData),
    publicIpAddress: z.string().optional(),
  }),
  'aws.ec2.volume': z.looseObject({ volumeId: z.string(), encrypted: z.boolean().optional(), attachedInstanceIds: z.array(z.string()) }),
  'aws.ec2.account': z.looseObject({
    ebsEncryptionByDefault: collected(z.looseObject({ enabled: z.boolean() })),
    instanceMetadataDefaults: collected(metadataOptions),
    snapshotBlockPublicAccess: collected(z.looseObject({ state: z.string() })),
    imageBlockPublicAccess: collected(z.looseObject({ state: z.string() })),
  }),
  'aws.iam.user': z.looseObject({
    userName: z.string(),
    groups: z.array(z.string()),
    attachedPolicies: z.array(policyRef),
    inlinePolicies: z.array(inlinePolicy),
    unreadableInlinePolicies: z.array(z.looseObject({ policyName: z.string(), message: z.string() })).optional(),
    credentials: collected(credentialReportEntry),
  }),
  'aws.iam.account': z.looseObject({
    passwordPolicy: collected(z.looseObject({ minimumPasswordLength: z.number().int().optional(), requireSymbols: z.boolean() })),
    summary: collected(z.record(z.string(), z.number())),
    root: collected(credentialReportEntry),
    virtualMfaDevices: collected(z.array(z.looseObject({ serialNumber: z.string() }))),
  }),
};
