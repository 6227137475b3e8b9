/** The action audit of serveSubgraph (L1): what reaches the sink, retries, and a lost entry logged, never silent. */
import crypto from 'node:crypto';
import { Writable } from 'node:stream';
import { parse } from 'graphql';
import { afterEach, describe, expect, it } from 'vitest';
import { audited, type ActionSink, type ReportedAction } from './action-audit';
import { AppError } from './errors';
import { createLogger } from './logger';
import { serveSubgraph, type RunningSubgraph, type SubgraphContext } from './subgraph-server';
import { ASSERTION_HEADER, signAssertion } from './tokens';
import { requireRole, type Viewer } from './viewer';

const secret = crypto.randomBytes(32).toString('base64url');
const typeDefs = parse(`
  type Query { open: String }
  type Mutation { addRule(name: String!): ID  failing: ID }
`);
const resolvers = {
  Query: { open: () => 'ok' },
  Mutation: {
    addRule: (_: unknown, args: { name: string }, ctx: SubgraphContext) =>
      audited(ctx, Promise.resolve(requireRole(ctx.viewer, 'ADMIN')).then(() => 'rule-1'), (id) => ({ action: 'notification_rule.created', target: id, details: { name: args.name } })),
    failing: (_: unknown, __: unknown, ctx: SubgraphContext) =>
      audited(ctx, Promise.reject(new AppError('CONFLICT', 'Busy.')), () => ({ action: 'notification_rule.deleted', target: 'x' })),
  },
};
const admin: Viewer = { kind: 'user', userId: 'u-admin', orgId: 'org-a', role: 'ADMIN', email: 'b@example.test', mfa: true, apiToken: { id: 'tok-1', scope: 'WRITE' } };
const analyst: Viewer = { kind: 'user', userId: 'u-analyst', orgId: 'org-a', role: 'ANALYST', email: 'a@example.test', mfa: false };

let running: RunningSubgraph | undefined;
afterEach(async () => {
  await running?.close();
  running = undefined;
});

async function serve(sink: ActionSink, logLines: string[] = []) {
  const destination = new Writable({
    write(chunk, _encoding, done) {
      logLines.push(String(chunk));
      done();
    },
  });
  const logger = createLogger({ level: 'info' }, destination);
  running = await serveSubgraph(
    { name: 'notifications', typeDefs, resolvers },
    { host: '127.0.0.1', port: 0, internalSecret: secret, logger, denialSink: async () => undefined, actionSink: sink },
  );
  return running.url;
}

async function call(url: string, query: string, viewer: Viewer | null) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [ASSERTION_HEADER]: signAssertion(viewer, { requestId: 'req-7', ip: '198.51.100.9', userAgent: 'ua/1' }, secret) },
    body: JSON.stringify({ query }),
  });
  return (await res.json()) as { data?: Record<string, unknown> | null; errors?: { extensions?: Record<string, unknown> }[] };
}

describe('action audit plugin (L1)', () => {
  it('L1 a succeeded action reaches the sink once, with actor, org, API token and the request meta', async () => {
    const reports: { orgId: string; actions: ReportedAction[]; request: unknown }[] = [];
    const url = await serve(async (orgId, actions, request) => void reports.push({ orgId, actions, request }));
    expect((await call(url, 'mutation { addRule(name: "n") }', admin)).data).toEqual({ addRule: 'rule-1' });
    expect(reports).toEqual([
      {
        orgId: 'org-a',
        request: { requestId: 'req-7', ip: '198.51.100.9', userAgent: 'ua/1' },
        actions: [{ action: 'notification_rule.created', target: 'rule-1', details: { name: 'n' }, actorId: 'u-admin', apiTokenId: 'tok-1' }],
      },
    ]);
    expect((await call(url, '{ open }', admin)).data).toEqual({ open: 'ok' });
    expect(reports).toHaveLength(1);
  });

  it('L1 a refused or failed action is not noted', async () => {
    const reports: ReportedAction[] = [];
    const url = await serve(async (_org, actions) => void reports.push(...actions));
    expect((await call(url, 'mutation { addRule(name: "n") }', analyst)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await call(url, 'mutation { failing }', admin)).errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(reports).toEqual([]);
  });

  it('L1 a failed write is retried; when every attempt fails the action still stands and the entry is logged as an error', async () => {
    let attempts = 0;
    const flaky = await serve(async () => {
      attempts += 1;
      if (attempts < 3) throw new Error('auth unavailable');
    });
    expect((await call(flaky, 'mutation { addRule(name: "n") }', admin)).data).toEqual({ addRule: 'rule-1' });
    expect(attempts).toBe(3);
    await running!.close();

    const lines: string[] = [];
    let tries = 0;
    const down = await serve(async () => {
      tries += 1;
      throw new Error('auth unavailable');
    }, lines);
    expect((await call(down, 'mutation { addRule(name: "lost") }', admin)).data).toEqual({ addRule: 'rule-1' });
    expect(tries).toBe(3);
    const errors = lines.map((l) => JSON.parse(l) as Record<string, any>).filter((l) => l.level === 50);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ msg: 'audited action could not be written to the audit trail', orgId: 'org-a', requestId: 'req-7', ip: '198.51.100.9' });
    expect(errors[0]!.actions).toEqual([expect.objectContaining({ action: 'notification_rule.created', target: 'rule-1', actorId: 'u-admin', details: { name: 'lost' } })]);
  });
});
