/**
 * Finds the throttled operations (sign-in, MFA codes) among the root fields of the request's operation, so that
 * `refuseBatchedAttempts` can count aliases one each (M3). Fields are collected like the executor does (fragments,
 * `@skip`/`@include`, one execution per response key), so only fields that would really run are counted.
 */
import {
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  Kind,
  getArgumentValues,
  getDirectiveValues,
  type FieldNode,
  type GraphQLResolveInfo,
  type SelectionNode,
  type SelectionSetNode,
} from 'graphql';
import type { SubgraphContext } from '@cspmexa/server-kit';
import { refuseBatchedAttempts, type Attempt, type BatchedAttemptDeps } from '../domain/batched-attempts';
import { requestInfo } from './context';

export interface AttemptReaders {
  /** The account an MFA-pending token names, or null when it is not a valid one. */
  mfaTokenSubject(token: unknown): { orgId: string; userId: string } | null;
}

type Args = Record<string, unknown>;
const throttledFields: Record<string, (args: Args, ctx: SubgraphContext, readers: AttemptReaders) => Attempt> = {
  login: (args) => ({ kind: 'login', email: String(args.email ?? '') }),
  verifyMfa: (args, _ctx, readers) => ({ kind: 'mfa', orgId: null, userId: null, ...readers.mfaTokenSubject(args.mfaToken) }),
  confirmMfa: (_args, ctx) => ({ kind: 'mfa', ...selfOf(ctx) }),
  disableMfa: (_args, ctx) => ({ kind: 'mfa', ...selfOf(ctx) }),
};

const selfOf = (ctx: SubgraphContext) => (ctx.viewer?.kind === 'user' ? { orgId: ctx.viewer.orgId, userId: ctx.viewer.userId } : { orgId: null, userId: null });

function rootFields(info: GraphQLResolveInfo): Map<string, FieldNode> {
  const fields = new Map<string, FieldNode>();
  const included = (node: SelectionNode) =>
    getDirectiveValues(GraphQLSkipDirective, node, info.variableValues)?.if !== true &&
    getDirectiveValues(GraphQLIncludeDirective, node, info.variableValues)?.if !== false;
  const visited = new Set<string>();
  const collect = (selectionSet: SelectionSetNode) => {
    for (const selection of selectionSet.selections) {
      if (!included(selection)) continue;
      if (selection.kind === Kind.FIELD) {
        const key = selection.alias?.value ?? selection.name.value;
        if (!fields.has(key)) fields.set(key, selection);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        collect(selection.selectionSet);
      } else if (!visited.has(selection.name.value)) {
        visited.add(selection.name.value);
        const fragment = info.fragments[selection.name.value];
        if (fragment) collect(fragment.selectionSet);
      }
    }
  };
  collect(info.operation.selectionSet);
  return fields;
}

function attemptsOf(info: GraphQLResolveInfo, ctx: SubgraphContext, readers: AttemptReaders): Attempt[] {
  const attempts: Attempt[] = [];
  for (const node of rootFields(info).values()) {
    const toAttempt = throttledFields[node.name.value];
    const field = info.parentType.getFields()[node.name.value];
    if (toAttempt && field) attempts.push(toAttempt(getArgumentValues(field, node, info.variableValues), ctx, readers));
  }
  return attempts;
}

const checked = new WeakMap<SubgraphContext, Promise<void>>();

/** Refuses (once per request, RATE_LIMITED) a request carrying more than one throttled attempt. */
export function checkOneAttempt(deps: BatchedAttemptDeps & AttemptReaders, ctx: SubgraphContext, info: GraphQLResolveInfo): Promise<void> {
  let check = checked.get(ctx);
  if (!check) {
    check = refuseBatchedAttempts(deps, attemptsOf(info, ctx, deps), requestInfo(ctx));
    checked.set(ctx, check);
  }
  return check;
}
