/**
 * Lists resolve per-row fields in batches: `Scan.exportable` over a scans list and `AwsAccount.lastScan` over the
 * accounts list each cost one statement per request, however many rows the page has (no N+1). Statements are
 * counted at the database client, keeping only those carrying this test's org id (background sweeps carry none).
 */
import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scans } from '../src/db/schema';
import { startHarness, user, type Harness } from './support/harness';

const ORG = `org-batch-${crypto.randomUUID()}`;
const admin = user(ORG);
let h: Harness;
const statements: string[] = [];
const accountIds: string[] = [];
const latestStored = new Set<string>();

beforeAll(async () => {
  h = await startHarness();
  const client = (h.handle.db as unknown as { $client: { query: (...args: unknown[]) => unknown } }).$client;
  const query = client.query.bind(client);
  client.query = (...args: unknown[]) => {
    const [text, params] = args as [string | { text: string; values?: unknown[] }, unknown[] | undefined];
    const sqlText = typeof text === 'string' ? text : text.text;
    // node-postgres takes the values beside a query config too (drizzle passes them so).
    const values = (typeof text === 'string' ? params : (text.values ?? params)) ?? [];
    if (values.includes(ORG)) statements.push(sqlText);
    return query(...args);
  };
  for (const name of ['One', 'Two', 'Three']) {
    const added = await h.gql(admin, `mutation($n: String!) { addAwsAccount(input: { name: $n, authMethod: DEFAULT_CHAIN }) { id } }`, { n: name });
    accountIds.push(added.data!.addAwsAccount.id);
  }
  // Two stored scans per account, an hour apart, and a FAILED one after them: only the later stored one is exportable.
  for (const [i, accountId] of accountIds.entries()) {
    const at = (minutes: number) => new Date(Date.UTC(2026, 0, 1, i, minutes));
    const rows = await h.handle.db
      .insert(scans)
      .values([
        { orgId: ORG, accountId, status: 'COMPLETED', queuedAt: at(0), finishedAt: at(1) },
        { orgId: ORG, accountId, status: 'PARTIAL', queuedAt: at(10), finishedAt: at(11) },
        { orgId: ORG, accountId, status: 'FAILED', queuedAt: at(20), finishedAt: at(21) },
      ])
      .returning();
    latestStored.add(rows[1]!.id);
  }
});

afterAll(async () => {
  await h?.close();
});

async function counted<T>(run: () => Promise<T>): Promise<{ result: T; statements: string[] }> {
  statements.length = 0;
  const result = await run();
  return { result, statements: [...statements] };
}

describe('per-row fields of lists', () => {
  it('Scan.exportable over a scans list: one statement for the whole page, right answers per scan', async () => {
    const bare = await counted(() => h.gql(admin, '{ scans(first: 100) { edges { node { id } } } }'));
    const withField = await counted(() => h.gql(admin, '{ scans(first: 100) { edges { node { id exportable } } } }'));
    expect(withField.result.errors).toBeUndefined();
    const nodes = withField.result.data!.scans.edges.map((e: { node: { id: string; exportable: boolean } }) => e.node);
    expect(nodes).toHaveLength(9);
    expect(nodes.filter((n: { exportable: boolean }) => n.exportable).map((n: { id: string }) => n.id).sort()).toEqual([...latestStored].sort());
    expect(withField.statements.length - bare.statements.length).toBe(1);
  });

  it('AwsAccount.lastScan over the accounts list: one statement for every account', async () => {
    const bare = await counted(() => h.gql(admin, '{ awsAccounts(first: 100) { edges { node { id } } } }'));
    const withField = await counted(() => h.gql(admin, '{ awsAccounts(first: 100) { edges { node { id lastScan { status exportable } } } } }'));
    expect(withField.result.errors).toBeUndefined();
    const last = withField.result.data!.awsAccounts.edges.map((e: { node: { lastScan: { status: string; exportable: boolean } } }) => e.node.lastScan);
    expect(last).toEqual(accountIds.map(() => ({ status: 'FAILED', exportable: false })));
    // lastScan in one statement; exportable of three FAILED scans needs none.
    expect(withField.statements.length - bare.statements.length).toBe(1);
  });
});
