/** Field resolvers of the inventory's types, and their federation references (scoped by the viewer's org, R2). */
import { AppError, hasRole, type SubgraphContext } from '@cspmexa/server-kit';
import type { AwsAccountRow, ResourceRow, ScanRow } from '../db/schema';
import type { ScanSnapshot } from '../domain/scans';
import { perRequestBatch } from './request-batch';
import type { InventoryServices } from './services';

type Ref = { id: string };

export function entityResolvers(s: InventoryServices) {
  // The accounts list asks for `lastScan` per account: one statement per request, not one per account.
  const lastScan = perRequestBatch<SubgraphContext, string, ScanRow>((ctx, accountIds) => s.scans.latestScans(ctx.viewer, accountIds));
  const accountOf = async (accountId: string, ctx: SubgraphContext) => {
    const account = await s.accounts.account(ctx.viewer, accountId);
    // Rows of one org always point at an account of that org; a miss means it was deleted under us.
    if (!account) throw new AppError('NOT_FOUND', 'The AWS account no longer exists.');
    return account;
  };
  return {
    AwsAccount: {
      __resolveReference: (ref: Ref, ctx: SubgraphContext) => s.accounts.account(ctx.viewer, ref.id),
      // Hidden (null), not refused: account lists stay readable for analysts and for admins before MFA (R3, M5).
      roleArn: (a: AwsAccountRow, _: unknown, ctx: SubgraphContext) => (hasRole(ctx.viewer, 'ADMIN') ? a.roleArn : null),
      // A3: the keys are write-only; the last 4 characters of the key id are all an admin sees of them.
      accessKeyIdLast4: (a: AwsAccountRow, _: unknown, ctx: SubgraphContext) => (hasRole(ctx.viewer, 'ADMIN') && a.authMethod === 'ACCESS_KEYS' ? a.accessKeyIdLast4 : null),
      externalId: (a: AwsAccountRow, _: unknown, ctx: SubgraphContext) =>
        a.authMethod === 'ASSUME_ROLE' ? s.accounts.externalId(ctx.viewer) : null,
      lastScan: async (a: AwsAccountRow, _: unknown, ctx: SubgraphContext) => (await lastScan(ctx, a.id)) ?? null,
    },
    Scan: {
      __resolveReference: (ref: Ref, ctx: SubgraphContext) => s.scans.scan(ctx.viewer, ref.id),
      account: (scan: ScanRow, _: unknown, ctx: SubgraphContext) => accountOf(scan.accountId, ctx),
      progress: (scan: ScanRow) => scan,
    },
    Resource: {
      __resolveReference: (ref: Ref, ctx: SubgraphContext) => s.resources.resource(ctx.viewer, ref.id),
      accountId: (r: ResourceRow) => r.awsAccountId,
      config: (r: ResourceRow) => r.data,
      account: (r: ResourceRow, _: unknown, ctx: SubgraphContext) => accountOf(r.accountId, ctx),
    },
    ScanSnapshot: {
      scanId: (snap: ScanSnapshot) => snap.scan.id,
      accountId: (snap: ScanSnapshot) => snap.scan.accountId,
      status: (snap: ScanSnapshot) => snap.scan.status,
      resources: (snap: ScanSnapshot) =>
        snap.resources.map((r) => ({ id: r.id, arn: r.arn, kind: r.kind, accountId: r.awsAccountId, region: r.region, data: r.data })),
    },
  };
}
