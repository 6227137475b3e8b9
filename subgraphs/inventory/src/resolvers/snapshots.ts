/** Snapshot exports, uploads, SNAPSHOT accounts and the demo account: arguments in, one domain call out. */
import { audited, type SubgraphContext } from '@cspmexa/server-kit';
import type { ScanRow, SnapshotDestination, SnapshotExportRow } from '../db/schema';
import * as entry from '../domain/audit-entries';
import { perRequestBatch } from './request-batch';
import type { InventoryServices } from './services';

export function snapshotResolvers(s: InventoryServices) {
  // A scans list asks for `exportable` per row: one statement per request, not one per scan.
  const exportable = perRequestBatch<SubgraphContext, ScanRow, boolean>((_ctx, scans) => s.snapshotExports.exportableScans(scans));
  return {
    Query: {
      snapshotExport: (_: unknown, args: { id: string }, ctx: SubgraphContext) => s.snapshotExports.get(ctx.viewer, args.id),
      snapshotExportDestinations: () => s.snapshotExports.destinations(),
    },
    Mutation: {
      exportScanSnapshot: (_: unknown, args: { scanId: string; destination: SnapshotDestination }, ctx: SubgraphContext) =>
        audited(ctx, s.snapshotExports.start(ctx.viewer, args.scanId, args.destination), entry.snapshotExported),
      startSnapshotUpload: (_: unknown, __: unknown, ctx: SubgraphContext) => audited(ctx, s.snapshotUploads.start(ctx.viewer), entry.uploadStarted),
      appendSnapshotUpload: (_: unknown, args: { uploadId: string; offset: number; data: string }, ctx: SubgraphContext) =>
        s.snapshotUploads.append(ctx.viewer, args.uploadId, args.offset, args.data),
      addSnapshotAccount: (_: unknown, args: { input: { name: string; uploadId: string } }, ctx: SubgraphContext) =>
        audited(ctx, s.snapshotAccounts.addSnapshotAccount(ctx.viewer, args.input), entry.snapshotAccountCreated(args.input.uploadId)),
      replaceAccountSnapshot: (_: unknown, args: { accountId: string; uploadId: string }, ctx: SubgraphContext) =>
        audited(ctx, s.snapshotAccounts.replaceAccountSnapshot(ctx.viewer, args.accountId, args.uploadId), entry.snapshotReplaced(args.uploadId)),
      addDemoAccount: async (_: unknown, __: unknown, ctx: SubgraphContext) => {
        const { account, created } = await s.snapshotAccounts.addDemoAccount(ctx.viewer);
        // A repeated call returns the existing demo account: nothing was done, nothing to audit.
        if (created) await ctx.audit.record(entry.demoAccountAdded(account));
        return account;
      },
    },
    Scan: {
      exportable: async (scan: ScanRow, _: unknown, ctx: SubgraphContext) => (await exportable(ctx, scan)) ?? false,
    },
    SnapshotExport: {
      scan: (e: SnapshotExportRow, _: unknown, ctx: SubgraphContext) => s.scans.scan(ctx.viewer, e.scanId),
      content: (e: SnapshotExportRow, args: { offset: number; maxBytes: number }) => s.snapshotExports.content(e, args.offset, args.maxBytes),
    },
  };
}
