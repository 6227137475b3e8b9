import { z } from 'zod';
import { findControl } from '../frameworks/catalogue';
import type { FrameworkId } from '../frameworks/types';
import { SEVERITIES } from './status';

export const SERVICES = ['s3', 'ec2', 'vpc', 'iam', 'account'] as const;
export type Service = (typeof SERVICES)[number];

const SNAKE_CASE = /^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$/;

/** Control ids must exist in the catalogue, so a typo ('2.1.14') fails at import rather than in an audit report. */
const controlIds = (framework: FrameworkId) =>
  z
    .array(z.string())
    .min(1, 'omit the framework instead of listing no control')
    .superRefine((ids, ctx) => {
      for (const id of ids) {
        if (findControl(framework, id) === undefined) {
          ctx.addIssue({ code: 'custom', message: `${framework} has no control "${id}"` });
        }
      }
    });

const settingValue = z.union([z.string(), z.number(), z.boolean(), z.array(z.string())]);

export const checkMetadataSchema = z
  .object({
    id: z.string().regex(SNAKE_CASE, 'id must be snake_case (and equal to the check folder name)'),
    shortId: z.string().regex(/^(S3|EC2|VPC|IAM|ACC)-\d{2}$/, 'shortId is the checks.csv id, e.g. S3-03'),
    title: z
      .string()
      .min(10)
      .max(120)
      .refine((t) => !/^ensure\b/i.test(t), 'title states the compliant state; it must not start with "Ensure"')
      .refine((t) => !t.endsWith('.'), 'title is a statement, not a sentence: no trailing period'),
    severity: z.enum(SEVERITIES),
    service: z.enum(SERVICES),
    resourceKind: z.string().regex(/^aws\.[a-z0-9]+\.[a-z0-9_]+$/, 'resourceKind looks like aws.<service>.<type>'),
    description: z.string().min(20),
    risk: z.string().min(20),
    remediation: z
      .object({ text: z.string().min(10), cli: z.string().min(5), terraform: z.string().min(5) })
      .strict(),
    references: z.array(z.url()).min(1),
    compliance: z
      .object({
        'cis-aws-3.0.0': controlIds('cis-aws-3.0.0').optional(),
        'cis-aws-5.0.0': controlIds('cis-aws-5.0.0').optional(),
      })
      .strict(),
    settings: z.record(z.string().regex(/^[a-z][A-Za-z0-9]*$/, 'setting names are camelCase'), settingValue),
  })
  .strict();

/** Every issue, one per line with its path, so a broken check reports all its problems at once. */
export function formatMetadataIssues(error: z.ZodError): string {
  return error.issues.map((issue) => ` - ${issue.path.join('.') || '(root)'}: ${issue.message}`).join('\n');
}
