/**
 * IAM Access Analyzer for the stand-in, in its wire protocol (restJson1, signed as `access-analyzer`):
 * `GET /analyzer?type=&maxResults=&nextToken=` (ListAnalyzers) answers the analyzers configured for the region the
 * request was signed for (none by default: an empty account), `maxResults` (default 20) a page with `nextToken`.
 * The request is told apart from an S3 listing of a bucket named `analyzer` by its SigV4 signing name.
 */

export interface StandInAnalyzer {
  name: string;
  /** Default `ACCOUNT`. */
  type?: string;
  /** Default `ACTIVE`. */
  status?: string;
}

const PAGE = 20;
const scopePattern = /Credential=[^/]+\/\d{8}\/([^/]+)\/([^/]+)\/aws4_request/;

/** Region and signing name of a SigV4-signed request (from its credential scope). */
export function signingScope(authorization: string | undefined): { region: string; service: string } | undefined {
  const match = scopePattern.exec(authorization ?? '');
  return match ? { region: match[1] as string, service: match[2] as string } : undefined;
}

export function isListAnalyzers(method: string, path: string, authorization: string | undefined): boolean {
  return method === 'GET' && path === '/analyzer' && signingScope(authorization)?.service === 'access-analyzer';
}

export function listAnalyzersBody(query: URLSearchParams, region: string, accountId: string, analyzers: readonly StandInAnalyzer[]): string {
  const type = query.get('type');
  const matching = analyzers.filter((a) => !type || (a.type ?? 'ACCOUNT') === type);
  const start = query.get('nextToken') ? Number(Buffer.from(query.get('nextToken') as string, 'base64url').toString()) : 0;
  const size = Math.max(1, Math.min(Number(query.get('maxResults') ?? PAGE), PAGE));
  const next = start + size < matching.length ? Buffer.from(String(start + size)).toString('base64url') : undefined;
  const page = matching.slice(start, start + size).map((a) => ({
    arn: `arn:aws:access-analyzer:${region}:${accountId}:analyzer/${a.name}`,
    name: a.name,
    type: a.type ?? 'ACCOUNT',
    status: a.status ?? 'ACTIVE',
    createdAt: '2025-01-01T00:00:00Z',
  }));
  return JSON.stringify({ analyzers: page, ...(next ? { nextToken: next } : {}) });
}
