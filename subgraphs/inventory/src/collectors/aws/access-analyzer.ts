/**
 * IAM Access Analyzer collector (IAM-22): in every scanned region, access-analyzer:ListAnalyzers, every page, one
 * `aws.accessanalyzer.region` per region. The list is read without a `type` filter: one call per region instead of
 * one per type, and the check (not the collector) decides which types count, so an account whose only analyzer
 * finds unused access is told so. A denial or any other failure makes that region's list an error (the check
 * says UNKNOWN); regions the account has not opted in to are never scanned (SKIPPED), so they cannot fail it.
 *
 * An organization analyzer lives in the organization's management or delegated administrator account: a member
 * account's own ListAnalyzers does not return it, as AWS documents.
 */
import { AccessAnalyzerClient, ListAnalyzersCommand, type AnalyzerSummary } from '@aws-sdk/client-accessanalyzer';
import { mapCollected, type AccessAnalyzerSummary, type AccessAnalyzerRegion } from '@cspmexa/resources';
import type { ScanErrorRecord } from '../../domain/scan-error';
import type { ApiRef } from './calls/aws-caller';
import { readList } from './calls/read-list';
import type { AwsCollector, AwsScanContext, CollectorOutput } from './collector';

function analyzer(a: AnalyzerSummary): AccessAnalyzerSummary {
  return { name: a.name ?? '', arn: a.arn ?? '', type: a.type ?? '', status: a.status ?? '' };
}

async function collectRegion(ctx: AwsScanContext, region: string, errors: ScanErrorRecord[]): Promise<AccessAnalyzerRegion> {
  const arn = `arn:${ctx.partition}:access-analyzer:${region}:${ctx.accountId}:analyzers`;
  const api: ApiRef = { service: 'access-analyzer', operation: 'ListAnalyzers', region, apiClass: 'access-analyzer' };
  const client = ctx.client(AccessAnalyzerClient, region);
  const listed = await readList(
    ctx.caller,
    errors,
    api,
    (nextToken) => client.send(new ListAnalyzersCommand({ nextToken })),
    (o) => ({ items: o.analyzers, next: o.nextToken }),
    { resourceArn: arn },
  );
  const analyzers = mapCollected(listed, (list) => list.map(analyzer));
  return { kind: 'aws.accessanalyzer.region', arn, name: `Access Analyzer (${region})`, accountId: ctx.accountId, region, analyzers };
}

export async function collectAccessAnalyzer(ctx: AwsScanContext): Promise<CollectorOutput> {
  const errors: ScanErrorRecord[] = [];
  const resources = await Promise.all(ctx.regions.map((region) => collectRegion(ctx, region, errors)));
  return { resources, errors };
}

export const accessAnalyzerCollector: AwsCollector = { service: 'access-analyzer', collect: collectAccessAnalyzer };
