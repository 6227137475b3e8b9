/** The denial audit of serveSubgraph (L1): what it reports, and that a lost report is logged, never silent. */
import crypto from 'node:crypto';
import { Writable } from 'node:stream';
import { parse } from 'graphql';
import { afterEach, describe, expect, it } from 'vitest';
import type { AuthorizationDenial, DenialSink } from './authorization-audit';
import { createLogger } from './logger';
import { serveSubgraph, type RunningSubgraph, type SubgraphContext } from './subgraph-server';
import { ASSERTION_HEADER, signAssertion } from './tokens';
import { requireRole, type Viewer } from './viewer';

const secret = crypto.randomBytes(32).toString('base64url');
const typeDefs = parse(`
  type Query { open: String  report(id: ID!): String }
  type Mutation { wipe(accountId: ID!): Boolean }
`);
const resolvers = {
  Query: {
    open: () => 'ok',
    report: (_: unknown, args: { id: string }, ctx: SubgraphContext) => `report ${args.id} for ${requireRole(ctx.viewer, 'ADMIN').userId}`,
  },
  Mutation: { wipe: (_: unknown, __: unknown, ctx: SubgraphContext) => Boolean(requireRole(ctx.viewer, 'ADMIN')) },
};
const analyst: Viewer = { kind: 'user', userId: 'u-analyst', orgId: 'org-a', role: 'ANALYST', email: 'a@example.test', mfa: false };
const admin: Viewer = { kind: 'user', userId: 'u-admin', orgId: 'org-a', role: 'ADMIN', email: 'b@example.test', mfa: true };

let running: RunningSubgraph | undefined;
afterEach(async () => {
  await running?.close();
  running = undefined;
});

async function serve(sink: DenialSink, logLines: string[] = []) {
  const destination = new Writable({
    write(chunk, _encoding, done) {
      logLines.push(String(chunk));
      done();
    },
  });
  running = await serveSubgraph({ name: 'inventory', typeDefs, resolvers }, { host: '127.0.0.1', port: 0, internalSecret: secret, logger: createLogger({ level: 'info' }, destination), denialSink: sink });
  return running.url;
}

async function call(url: string, query: string, viewer: Viewer | null) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [ASSERTION_HEADER]: signAssertion(viewer, { requestId: 'req-1', ip: '198.51.100.9', userAgent: 'ua/1' }, secret) },
    body: JSON.stringify({ query }),
  });
  return (await res.json()) as { data?: Record<string, unknown> | null; errors?: { extensions?: Record<string, unknown> }[] };
}

describe('denial audit plugin (L1)', () => {
  it('L1 reports each refused field once per request with actor, field, target, reason and the request meta; aliases collapse', async () => {
    const reports: { denials: AuthorizationDenial[]; request: unknown }[] = [];
    const url = await serve(async (denials, request) => void reports.push({ denials, request }));
    const r = await call(url, 'query Peek { a: report(id: "x") b: report(id: "x") c: report(id: "y") open }', analyst);
    expect(r.data).toEqual({ a: null, b: null, c: null, open: 'ok' });
    expect(r.errors?.map((e) => e.extensions)).toEqual(Array(3).fill({ code: 'FORBIDDEN', reason: 'NOT_ADMIN' }));
    expect(reports).toHaveLength(1);
    expect(reports[0]!.request).toEqual({ requestId: 'req-1', ip: '198.51.100.9', userAgent: 'ua/1' });
    const common = { orgId: 'org-a', actorId: 'u-analyst', field: 'Query.report', operation: 'Peek', reason: 'NOT_ADMIN', subgraph: 'inventory', apiTokenId: null };
    expect(reports[0]!.denials).toEqual([
      { ...common, target: 'x', count: 2 },
      { ...common, target: 'y', count: 1 },
    ]);
  });

  it('L1 M5 an admin without MFA is refused with MFA_REQUIRED and reported; an admin with MFA and anonymous callers are not reported', async () => {
    const reports: AuthorizationDenial[] = [];
    const url = await serve(async (denials) => void reports.push(...denials));
    const withoutMfa = await call(url, 'mutation { wipe(accountId: "acc-1") }', { ...admin, mfa: false });
    expect(withoutMfa.errors?.[0]?.extensions).toEqual({ code: 'FORBIDDEN', reason: 'MFA_REQUIRED' });
    expect(reports).toEqual([expect.objectContaining({ field: 'Mutation.wipe', target: 'acc-1', reason: 'MFA_REQUIRED', actorId: 'u-admin' })]);
    expect((await call(url, 'mutation { wipe(accountId: "acc-1") }', admin)).data).toEqual({ wipe: true });
    expect((await call(url, '{ report(id: "x") }', null)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(reports).toHaveLength(1);
  });

  it('L1 the refusal stands when the audit write fails, and the lost entry is logged as an error with what it would have said', async () => {
    const lines: string[] = [];
    const url = await serve(async () => {
      throw new Error('auth unreachable');
    }, lines);
    const r = await call(url, 'mutation { wipe(accountId: "acc-2") }', analyst);
    expect(r.errors?.[0]?.extensions).toEqual({ code: 'FORBIDDEN', reason: 'NOT_ADMIN' });
    const logged = lines.map((line) => JSON.parse(line) as { level: number; msg: string; denials?: AuthorizationDenial[]; requestId?: string });
    const lost = logged.find((l) => l.msg === 'authorization denial could not be written to the audit trail');
    expect(lost).toMatchObject({ level: 50, requestId: 'req-1', denials: [expect.objectContaining({ actorId: 'u-analyst', field: 'Mutation.wipe', target: 'acc-2' })] });
  });
});
