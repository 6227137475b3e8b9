/**
 * "Add the demo account" through the real product and the gateway only, with no AWS credentials and no AWS
 * stand-in: the shipped snapshot is scanned, findings are evaluated exactly as for a live scan, and the demo
 * shows a believable posture: failing checks in every service and a compliance report with passing and
 * failing controls. Then the demo scan is exported, downloaded and uploaded again through the gateway.
 */
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminSession } from '../support/identities';
import { startHarness, type Harness } from '../support/product-harness';

let h: Harness;
let token: string;
let exportedFile: Buffer;

beforeAll(async () => {
  h = await startHarness();
  // Admin work needs a session that passed MFA (M5): sign in, then enrol, as the dashboard's first run does.
  token = await adminSession(h, h.adminEmail, h.adminPassword);
});

afterAll(async () => {
  await h?.stop();
});

interface FindingNode {
  checkId: string;
  service: string;
  status: string;
}

async function allFindings(): Promise<FindingNode[]> {
  const out: FindingNode[] = [];
  for (let after: string | null = null; ; ) {
    const page: { data?: { findings: { edges: { node: FindingNode }[]; pageInfo: { endCursor: string | null; hasNextPage: boolean } } } } = await h.gql(
      'query($a: String) { findings(first: 100, after: $a) { edges { node { checkId service status } } pageInfo { endCursor hasNextPage } } }',
      { a: after },
      token,
    );
    out.push(...page.data!.findings.edges.map((e) => e.node));
    if (!page.data!.findings.pageInfo.hasNextPage) return out;
    after = page.data!.findings.pageInfo.endCursor;
  }
}

describe('the demo account through the product', () => {
  let accountId: string;
  let scanId: string;

  it('addDemoAccount creates the account once and its scan COMPLETES and is evaluated', async () => {
    const added = await h.gql<{ addDemoAccount: { id: string; demo: boolean; lastScan: { id: string } } }>('mutation { addDemoAccount { id demo lastScan { id } } }', {}, token);
    expect(added.errors).toBeUndefined();
    accountId = added.data!.addDemoAccount.id;
    scanId = added.data!.addDemoAccount.lastScan.id;
    const again = await h.gql<{ addDemoAccount: { id: string } }>('mutation { addDemoAccount { id } }', {}, token);
    expect(again.data?.addDemoAccount.id).toBe(accountId);
    await expect
      .poll(
        async () => {
          const r = await h.gql<{ scan: { status: string; evaluation: { evaluatedAt: string } | null } }>('query($id: ID!) { scan(id: $id) { status evaluation { evaluatedAt } } }', { id: scanId }, token);
          return r.data?.scan.evaluation ? r.data.scan.status : null;
        },
        { timeout: 60_000, interval: 250 },
      )
      .toBe('COMPLETED');
  });

  it('has open findings for several checks of each service', async () => {
    const findings = (await allFindings()).filter((f) => f.status === 'OPEN');
    const checksByService = new Map<string, Set<string>>();
    for (const f of findings) checksByService.set(f.service, (checksByService.get(f.service) ?? new Set()).add(f.checkId));
    for (const service of ['s3', 'ec2', 'vpc', 'iam']) {
      expect(checksByService.get(service)?.size ?? 0, service).toBeGreaterThanOrEqual(service === 'vpc' ? 2 : 5);
    }
  });

  it('shows a compliance report with passing and failing controls', async () => {
    const r = await h.gql<{ compliance: { passed: number; failed: number; controls: { status: string }[] } }>(
      'query($a: ID!) { compliance(framework: CIS_AWS_5_0_0, accountId: $a) { passed failed controls { status } } }',
      { a: accountId },
      token,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.compliance.passed).toBeGreaterThan(0);
    expect(r.data!.compliance.failed).toBeGreaterThan(0);
  });

  it('exports the demo scan as a snapshot downloaded through the gateway', async () => {
    const started = await h.gql<{ exportScanSnapshot: { id: string } }>('mutation($s: ID!) { exportScanSnapshot(scanId: $s, destination: LOCAL) { id } }', { s: scanId }, token);
    expect(started.errors).toBeUndefined();
    const id = started.data!.exportScanSnapshot.id;
    await expect
      .poll(async () => (await h.gql<{ snapshotExport: { status: string } }>('query($id: ID!) { snapshotExport(id: $id) { status } }', { id }, token)).data?.snapshotExport.status, { timeout: 30_000 })
      .toBe('COMPLETED');
    const parts: Buffer[] = [];
    for (let offset: number | null = 0; offset !== null; ) {
      const chunk: { data?: { snapshotExport: { content: { data: string; nextOffset: number | null } } } } = await h.gql(
        'query($id: ID!, $o: Int) { snapshotExport(id: $id) { content(offset: $o) { data nextOffset } } }',
        { id, o: offset },
        token,
      );
      parts.push(Buffer.from(chunk.data!.snapshotExport.content.data, 'base64'));
      offset = chunk.data!.snapshotExport.content.nextOffset;
    }
    exportedFile = Buffer.concat(parts);
    const snapshot = JSON.parse(gunzipSync(exportedFile).toString('utf8'));
    expect(snapshot).toMatchObject({ format: 'cspmexa.scan-snapshot', version: 1, account: { awsAccountId: '111122223333' } });
    expect(snapshot.resources.length).toBeGreaterThan(100);
  });

  it('uploads it again through the gateway in full-size chunks, as a SNAPSHOT account that scans like the demo', async () => {
    type Upload = { id: string; receivedBytes: number; maxChunkBytes: number };
    const append = (id: string, offset: number, bytes: Buffer) =>
      h.gql<{ appendSnapshotUpload: Upload }>('mutation($id: ID!, $o: Int!, $d: String!) { appendSnapshotUpload(uploadId: $id, offset: $o, data: $d) { id receivedBytes maxChunkBytes } }', { id, o: offset, d: bytes.toString('base64') }, token);
    const start = async () => (await h.gql<{ startSnapshotUpload: Upload }>('mutation { startSnapshotUpload { id receivedBytes maxChunkBytes } }', {}, token)).data!.startSnapshotUpload;

    // The largest chunk the API takes still fits the gateway's request body limit.
    const probe = await start();
    const full = await append(probe.id, 0, Buffer.alloc(probe.maxChunkBytes, 7));
    expect(full.errors).toBeUndefined();
    expect(full.data?.appendSnapshotUpload.receivedBytes).toBe(probe.maxChunkBytes);

    const upload = await start();
    for (let offset = 0; offset < exportedFile.length; offset += upload.maxChunkBytes) {
      expect((await append(upload.id, offset, exportedFile.subarray(offset, offset + upload.maxChunkBytes))).errors).toBeUndefined();
    }
    const added = await h.gql<{ addSnapshotAccount: { authMethod: string; lastScan: { id: string } } }>(
      'mutation($u: ID!) { addSnapshotAccount(input: { name: "Demo copy", uploadId: $u }) { authMethod lastScan { id } } }',
      { u: upload.id },
      token,
    );
    expect(added.errors).toBeUndefined();
    await expect
      .poll(async () => (await h.gql<{ scan: { status: string; resourceCount: number } }>('query($id: ID!) { scan(id: $id) { status resourceCount } }', { id: added.data!.addSnapshotAccount.lastScan.id }, token)).data?.scan, { timeout: 30_000 })
      .toMatchObject({ status: 'COMPLETED', resourceCount: JSON.parse(gunzipSync(exportedFile).toString('utf8')).resources.length });
  });
});
