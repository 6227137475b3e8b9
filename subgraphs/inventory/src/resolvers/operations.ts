/** Query and Mutation: arguments in, one domain call, connection mapping out. */
import { audited, toConnection, type SubgraphContext } from '@cspmexa/server-kit';
import type { ResourceFilter } from '../db/resources';
import type { AwsAccountRow, ResourceRow, ScanRow } from '../db/schema';
import type { AddAwsAccountInput, ConnectionInput, UpdateAwsAccountInput } from '../domain/account-input';
import * as entry from '../domain/audit-entries';
import type { InventoryServices } from './services';

interface PageArgs {
  first?: number | null;
  after?: string | null;
}

type Nullable<T> = { [K in keyof T]?: T[K] | null };

/** GraphQL sends explicit nulls; the domain filter wants absent fields. */
function cleanFilter(filter: Nullable<ResourceFilter> | null | undefined): ResourceFilter {
  const out: ResourceFilter = {};
  if (filter?.kind) out.kind = filter.kind;
  if (filter?.accountId) out.accountId = filter.accountId;
  if (filter?.region) out.region = filter.region;
  if (filter?.text?.trim()) out.text = filter.text.trim().slice(0, 200);
  if (filter?.includeDeleted) out.includeDeleted = true;
  return out;
}

/** In an update, `null` means "leave as is", except for regions, where it means "every enabled region" again. */
function omitNullsExceptRegions(input: Nullable<UpdateAwsAccountInput>): UpdateAwsAccountInput {
  return Object.fromEntries(Object.entries(input).filter(([key, value]) => value !== null || key === 'regions')) as UpdateAwsAccountInput;
}

export function operationResolvers(s: InventoryServices) {
  return {
    Query: {
      awsAccounts: async (_: unknown, args: PageArgs, ctx: SubgraphContext) => {
        const page = await s.accounts.accounts(ctx.viewer, args.first, args.after);
        return toConnection(page.rows, page.limit, page.total, (a: AwsAccountRow) => [a.createdAt.toISOString(), a.id]);
      },
      awsAccount: (_: unknown, args: { id: string }, ctx: SubgraphContext) => s.accounts.account(ctx.viewer, args.id),
      scan: (_: unknown, args: { id: string }, ctx: SubgraphContext) => s.scans.scan(ctx.viewer, args.id),
      scans: async (_: unknown, args: PageArgs & { accountId?: string | null }, ctx: SubgraphContext) => {
        const page = await s.scans.scans(ctx.viewer, args);
        return toConnection(page.rows, page.limit, page.total, (r: ScanRow) => [r.queuedAt.toISOString(), r.id]);
      },
      resources: async (_: unknown, args: PageArgs & { filter?: Nullable<ResourceFilter> | null }, ctx: SubgraphContext) => {
        const page = await s.resources.resources(ctx.viewer, { ...args, filter: cleanFilter(args.filter) });
        return toConnection(page.rows, page.limit, page.total, (r: ResourceRow) => [r.arn, r.id]);
      },
      resource: (_: unknown, args: { id: string }, ctx: SubgraphContext) => s.resources.resource(ctx.viewer, args.id),
      onboarding: (_: unknown, args: { roleName?: string | null }, ctx: SubgraphContext) => s.onboarding.onboarding(ctx.viewer, args.roleName),
      discoverOrganizationAccounts: (_: unknown, args: { accountId: string }, ctx: SubgraphContext) =>
        s.organizations.discoverOrganizationAccounts(ctx.viewer, args.accountId),
      scanSnapshot: (_: unknown, args: { scanId: string }, ctx: SubgraphContext) => s.scans.snapshot(ctx.viewer, args.scanId),
      connectedAccounts: (_: unknown, _args: unknown, ctx: SubgraphContext) => s.accounts.connectedAccounts(ctx.viewer),
      // The progress fields resolve from the scan row (resolvers/progress.ts).
      scanProgressSnapshot: (_: unknown, args: { scanId: string }, ctx: SubgraphContext) => s.scans.scan(ctx.viewer, args.scanId),
    },
    Mutation: {
      addAwsAccount: (_: unknown, args: { input: AddAwsAccountInput }, ctx: SubgraphContext) =>
        audited(ctx, s.accounts.addAwsAccount(ctx.viewer, args.input), entry.accountCreated),
      updateAwsAccount: (_: unknown, args: { id: string; input: Nullable<UpdateAwsAccountInput> }, ctx: SubgraphContext) => {
        const input = omitNullsExceptRegions(args.input);
        return audited(ctx, s.accountChanges.updateAwsAccount(ctx.viewer, args.id, input), entry.accountUpdated(input));
      },
      deleteAwsAccount: (_: unknown, args: { id: string }, ctx: SubgraphContext) =>
        audited(ctx, s.accountChanges.deleteAwsAccount(ctx.viewer, args.id), entry.accountDeleted),
      testAwsConnection: (_: unknown, args: { accountId?: string | null; input?: ConnectionInput | null }, ctx: SubgraphContext) =>
        audited(ctx, s.connections.testAwsConnection(ctx.viewer, args), entry.connectionTested(args)),
      addOrganizationAccounts: (_: unknown, args: { accountId: string; memberIds: string[]; roleName: string }, ctx: SubgraphContext) =>
        audited(
          ctx,
          s.organizations.addOrganizationAccounts(ctx.viewer, args.accountId, args.memberIds, args.roleName),
          entry.organizationMembersAdded(args.accountId, args.roleName),
        ),
      startScan: (_: unknown, args: { accountId: string }, ctx: SubgraphContext) => audited(ctx, s.runner.startScan(ctx.viewer, args.accountId), entry.scanStarted),
      cancelScan: (_: unknown, args: { scanId: string }, ctx: SubgraphContext) => audited(ctx, s.runner.cancelScan(ctx.viewer, args.scanId), entry.scanCancelled),
      scheduleScans: (_: unknown, args: { accountId: string; cron?: string | null }, ctx: SubgraphContext) =>
        audited(ctx, s.schedules.scheduleScans(ctx.viewer, args.accountId, args.cron ?? null), entry.scheduleSet),
    },
  };
}
