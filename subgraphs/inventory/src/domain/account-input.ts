/**
 * What an admin may send to connect, test or change an AWS account, validated once here: each auth method takes
 * exactly its own fields (a role ARN for ASSUME_ROLE, both keys for ACCESS_KEYS, nothing for DEFAULT_CHAIN).
 */
import { AppError } from '@cspmexa/server-kit';
import { z } from 'zod';
import { awsAuthMethods } from '../db/schema';
import { accessKeyIdSchema, secretAccessKeySchema } from './access-keys';
import { parseRoleArn } from './role-arn';

const REGION = /^[a-z]{2}(-[a-z]+)+-\d$/;

export const accountName = z.string().trim().min(1, 'Give the account a name.').max(100, 'The name is at most 100 characters.');
export const regionList = z.array(z.string().regex(REGION, 'Not an AWS region name.')).max(40);
export const roleArnSchema = z
  .string()
  .trim()
  .refine((arn) => parseRoleArn(arn) !== null, 'Not an IAM role ARN (arn:aws:iam::<12 digits>:role/<name>).');

const connectionFields = {
  authMethod: z.enum(awsAuthMethods),
  roleArn: z.string().trim().nullish(),
  accessKeyId: z.string().trim().nullish(),
  secretAccessKey: z.string().trim().nullish(),
  regions: regionList.nullish(),
};

type ConnectionFields = { authMethod: (typeof awsAuthMethods)[number]; roleArn?: string | null; accessKeyId?: string | null; secretAccessKey?: string | null };

/** The fields each method needs, and refuses the others' (a stray secret is refused, not silently stored). */
function methodRules(input: ConnectionFields, ctx: z.RefinementCtx) {
  const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
  if (input.authMethod === 'SNAPSHOT') issue('authMethod', 'Snapshot accounts are added with addSnapshotAccount (an uploaded file) or addDemoAccount.');
  if (input.authMethod === 'ASSUME_ROLE') {
    if (!(input.roleArn && parseRoleArn(input.roleArn))) issue('roleArn', 'ASSUME_ROLE needs an IAM role ARN (arn:aws:iam::<12 digits>:role/<name>).');
  } else if (input.roleArn) issue('roleArn', 'A role ARN is only used with ASSUME_ROLE.');
  if (input.authMethod === 'ACCESS_KEYS') {
    if (!accessKeyIdSchema.safeParse(input.accessKeyId ?? '').success) issue('accessKeyId', 'ACCESS_KEYS needs an access key id (16-128 upper-case letters and digits).');
    if (!secretAccessKeySchema.safeParse(input.secretAccessKey ?? '').success) issue('secretAccessKey', 'ACCESS_KEYS needs the secret access key.');
  } else if (input.accessKeyId || input.secretAccessKey) issue('accessKeyId', 'Access keys are only used with ACCESS_KEYS.');
}

export const connectionInput = z.object(connectionFields).superRefine(methodRules);
export const addAwsAccountInput = z.object({ name: accountName, ...connectionFields }).superRefine(methodRules);

/** Omitted fields stay as they are; `regions: null` means every enabled region again. */
export const updateAwsAccountInput = z.object({
  name: accountName.optional(),
  regions: regionList.nullable().optional(),
  roleArn: roleArnSchema.optional(),
  accessKeyId: accessKeyIdSchema.optional(),
  secretAccessKey: secretAccessKeySchema.optional(),
});

export type ConnectionInput = z.input<typeof connectionInput>;
export type AddAwsAccountInput = z.input<typeof addAwsAccountInput>;
export type UpdateAwsAccountInput = z.input<typeof updateAwsAccountInput>;

/** Parses or throws BAD_USER_INPUT naming the first bad field. Messages never echo the value (it may be a secret). */
export function validInput<T extends z.ZodType>(schema: T, raw: unknown): z.output<T> {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new AppError('BAD_USER_INPUT', issue?.message ?? 'Invalid input.', { field: issue?.path.join('.') || undefined });
}

export const uniqueRegions = (regions: string[] | null | undefined) => (regions ? [...new Set(regions)] : null);
