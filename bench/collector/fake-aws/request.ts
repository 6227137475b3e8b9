/**
 * What the fake endpoint reads from a request: the service and region of the SigV4 credential scope (one
 * loopback endpoint serves every service and region, as `AWS_ENDPOINT_URL` makes the SDK send them all to it),
 * the query-protocol form, and a key that identifies "the same request" across retries.
 */
import type { IncomingMessage } from 'node:http';

export interface ParsedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  form: URLSearchParams;
  /** The X-Amz-Target of a JSON-protocol request (`CloudTrail_20131101.ListTrails`). */
  target?: string;
  /** The body of a JSON-protocol request, parsed. */
  json: Record<string, unknown>;
  /** From `Credential=AKID/date/<region>/<service>/aws4_request`. */
  service: string;
  region: string;
  /** Method, path, query, target and body: equal for a request and its retries (signatures and dates excluded). */
  retryKey: string;
}

const scopePattern = /Credential=[^/]+\/\d{8}\/([^/]+)\/([^/]+)\/aws4_request/;

export async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export async function parseRequest(req: IncomingMessage): Promise<ParsedRequest> {
  const url = new URL(req.url ?? '/', 'http://fake-aws');
  const body = await readBody(req);
  const scope = scopePattern.exec(req.headers.authorization ?? '');
  const contentType = req.headers['content-type'] ?? '';
  const isForm = contentType.startsWith('application/x-www-form-urlencoded');
  const isJson = contentType.includes('json');
  const target = typeof req.headers['x-amz-target'] === 'string' ? req.headers['x-amz-target'] : undefined;
  return {
    method: req.method ?? 'GET',
    path: decodeURIComponent(url.pathname),
    query: url.searchParams,
    form: new URLSearchParams(isForm ? body : ''),
    ...(target ? { target } : {}),
    json: isJson && body ? (JSON.parse(body) as Record<string, unknown>) : {},
    service: scope?.[2] ?? 'unknown',
    region: scope?.[1] ?? 'us-east-1',
    retryKey: `${scope?.[1] ?? ''} ${req.method} ${url.pathname}?${url.searchParams.toString()} ${target ?? ''} ${isForm || isJson ? body : ''}`,
  };
}
