/** A service calling another subgraph directly, with its own signed assertion (no user behind it). */
import crypto from 'node:crypto';
import { AppError } from './errors';
import { ASSERTION_HEADER, signAssertion, type RequestMeta } from './tokens';
import type { ServiceViewer } from './viewer';

export async function callSubgraph<T>(
  url: string,
  query: string,
  variables: Record<string, unknown>,
  opts: {
    viewer: ServiceViewer;
    internalSecret: string;
    signal?: AbortSignal;
    /** The user request this call serves (request id, IP, user agent), e.g. for an audit entry; a new id otherwise. */
    meta?: RequestMeta;
  },
): Promise<T> {
  const res = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      [ASSERTION_HEADER]: signAssertion(opts.viewer, opts.meta ?? { requestId: crypto.randomUUID() }, opts.internalSecret),
    },
    body: JSON.stringify({ query, variables }),
    signal: opts.signal ?? AbortSignal.timeout(30_000),
  });
  const body = (await res.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length || !body.data) {
    throw new AppError('INTERNAL', `Subgraph call failed: ${body.errors?.[0]?.message ?? res.status}`);
  }
  return body.data;
}
