/**
 * The scan snapshot file, version 1: gzip of one JSON object. Identity, the regions and errors of the scan that
 * collected it, then the resources (last, so that a writer can stream them). Each resource is its kind, ARN,
 * name, region, account, tags and normalized `config` (the shape of packages/resources, checked by kind where a
 * schema exists, see kind-schemas.ts), plus `raw` API data when the producer kept some.
 *
 * Compatibility: a reader refuses other versions; within a version, fields may be added (objects are loose).
 */
import { z } from 'zod';
import { configSchemas } from './kind-schemas';

export const SNAPSHOT_FORMAT = 'cspmexa.scan-snapshot';
export const SNAPSHOT_FORMAT_VERSION = 1;
/** Far beyond the benchmark estate (10,000 resources); a file claiming more is refused before it is stored. */
export const MAX_SNAPSHOT_RESOURCES = 200_000;

const isoDate = z.iso.datetime({ offset: true });
const awsAccountNumber = z.string().regex(/^\d{12}$/, 'must be a 12-digit AWS account number');
const region = z.string().regex(/^([a-z]{2}(-[a-z]+)+-\d|global)$/, 'must be an AWS region name or `global`');

const scanError = z.object({
  api: z.string().min(1).max(200),
  region: z.string().max(50).optional(),
  resourceArn: z.string().max(2048).optional(),
  code: z.string().max(200),
  message: z.string().max(4000),
});

const regionOutcome = z.object({
  region,
  status: z.enum(['SCANNED', 'SKIPPED']),
  reason: z.string().max(500).optional(),
});

const snapshotResource = z
  .object({
    kind: z.string().regex(/^aws(\.[a-z0-9]+)(\.[a-z0-9_]+)+$/, 'must be a kind such as `aws.s3.bucket`'),
    arn: z.string().startsWith('arn:').max(2048),
    name: z.string().max(1024),
    region,
    accountId: awsAccountNumber,
    tags: z.record(z.string(), z.string()).nullable(),
    config: z.looseObject({ kind: z.string(), arn: z.string() }),
    raw: z.unknown().optional(),
    firstSeenAt: isoDate.optional(),
    lastSeenAt: isoDate.optional(),
  })
  .superRefine((r, ctx) => {
    if (r.config.kind !== r.kind || r.config.arn !== r.arn) {
      ctx.addIssue({ code: 'custom', path: ['config'], message: 'config.kind and config.arn must equal the resource kind and ARN' });
      return;
    }
    const schema = configSchemas[r.kind];
    const parsed = schema?.safeParse(r.config);
    for (const issue of parsed && !parsed.success ? parsed.error.issues.slice(0, 1) : []) {
      ctx.addIssue({ code: 'custom', path: ['config', ...issue.path.map(String)], message: issue.message });
    }
  });

export const snapshotFileSchema = z
  .object({
    format: z.literal(SNAPSHOT_FORMAT),
    version: z.literal(SNAPSHOT_FORMAT_VERSION),
    /** Who wrote the file, e.g. `cspmexa` or `cspmexa demo generator`. */
    generator: z.string().max(200),
    exportedAt: isoDate,
    /** When the data was collected: the scan's finish. */
    collectedAt: isoDate,
    account: z.object({ awsAccountId: awsAccountNumber, name: z.string().max(200).optional() }),
    scan: z.object({ id: z.string().max(100), status: z.enum(['COMPLETED', 'PARTIAL']) }).nullable(),
    regions: z.array(regionOutcome).max(200),
    errors: z.array(scanError).max(10_000),
    resources: z.array(snapshotResource).max(MAX_SNAPSHOT_RESOURCES),
  })
  .superRefine((file, ctx) => {
    const seen = new Set<string>();
    file.resources.forEach((r, i) => {
      if (seen.has(r.arn)) ctx.addIssue({ code: 'custom', path: ['resources', i, 'arn'], message: `duplicate ARN ${r.arn}` });
      seen.add(r.arn);
      // One file, one account: the inventory and the findings key everything by it.
      if (r.accountId !== file.account.awsAccountId) {
        ctx.addIssue({ code: 'custom', path: ['resources', i, 'accountId'], message: `must be the snapshot's account ${file.account.awsAccountId}` });
      }
    });
  });

export type SnapshotFile = z.infer<typeof snapshotFileSchema>;
export type SnapshotResource = SnapshotFile['resources'][number];
/** What a writer streams before the resources. */
export type SnapshotHeader = Omit<SnapshotFile, 'resources'>;
