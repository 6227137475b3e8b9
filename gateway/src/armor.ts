/**
 * Query limits applied before anything executes (G1-G2), shared by HTTP and the WebSocket path.
 *
 * Depth and cost are measured with `ignoreIntrospection: false`: with it on, armor skips a `__schema` field, and
 * older releases also skipped a *fragment* named `__schema`, which let any query hide unlimited depth. Outside
 * production the sandbox must still introspect (the standard introspection query is depth 21), so a document
 * made only of introspection fields gets its own, larger but still finite, depth limit and no cost limit. In
 * production introspection is disabled anyway, so every document gets the strict rules.
 */
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError, Kind, visitInParallel, type DocumentNode, type ValidationContext, type ValidationRule } from 'graphql';

export const limits = {
  maxDepth: 10,
  maxIntrospectionDepth: 25,
  /** Armor multiplies by `first`: one page of 100 nodes with ~15 fields stays under it, nested pages do not. */
  maxCost: 10_000,
  maxAliases: 15,
  maxDirectives: 50,
  maxTokens: 1000,
} as const;

/** Armor reports through the validation context so that a rejection is a 400, not a 500. */
function reject(ctx: ValidationContext | null, error: GraphQLError): void {
  ctx?.reportError(new GraphQLError(error.message, { extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }));
}

type GraphQLArmorConfig = NonNullable<ConstructorParameters<typeof ApolloArmor>[0]>;

function armorConfig(production: boolean, depth: number, withCost: boolean): GraphQLArmorConfig {
  const rejection = { propagateOnRejection: false, onReject: [reject] };
  return {
    maxDepth: { n: depth, ignoreIntrospection: false, flattenFragments: false, exposeLimits: !production, ...rejection },
    costLimit: withCost
      ? { maxCost: limits.maxCost, ignoreIntrospection: false, exposeLimits: !production, ...rejection }
      : { enabled: false },
    maxAliases: { n: limits.maxAliases, allowList: [], exposeLimits: !production, ...rejection },
    maxDirectives: { n: limits.maxDirectives, exposeLimits: !production, ...rejection },
    // Armor's token plugin throws from a parsing hook, which Apollo answers with a 500; the parser's own
    // `maxTokens` (Apollo `parseOptions`, and `parse` on the WebSocket path) gives the same limit as a 400.
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: production },
  };
}

export interface Protection {
  /** Apollo Server plugins: field suggestions masked in production. */
  plugins: ReturnType<ApolloArmor['protect']>['plugins'];
  /** One validation rule combining depth, cost, alias and directive limits. */
  validationRule: ValidationRule;
}

export function createProtection(opts: { production: boolean }): Protection {
  const strict = new ApolloArmor(armorConfig(opts.production, limits.maxDepth, true)).protect();
  const introspection = new ApolloArmor(armorConfig(opts.production, limits.maxIntrospectionDepth, false)).protect();
  const validationRule: ValidationRule = (ctx) => {
    const rules = !opts.production && isIntrospectionOnly(ctx.getDocument()) ? introspection.validationRules : strict.validationRules;
    return visitInParallel(rules.map((rule) => rule(ctx)));
  };
  return { plugins: strict.plugins, validationRule };
}

/** True when every operation selects only `__schema`/`__type`/`__typename` at its root. */
export function isIntrospectionOnly(document: DocumentNode): boolean {
  const operations = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
  return (
    operations.length > 0 &&
    operations.every((op) =>
      op.selectionSet.selections.every((s) => s.kind === Kind.FIELD && ['__schema', '__type', '__typename'].includes(s.name.value)),
    )
  );
}
