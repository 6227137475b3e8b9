/**
 * Rewrites a subscriber's selection on a served subscription field into the query run for each event, e.g.
 *   query AlertRaised($alertId: ID!, ...its variables) { alertRaised: alert(id: $alertId) { <selection> } }
 * plus the fragments that selection uses. Running it through the gateway means federated fields, the subscriber's
 * own authorization in the subgraphs and the armor limits all apply exactly as over HTTP.
 */
import {
  GraphQLError,
  Kind,
  getArgumentValues,
  getOperationAST,
  getVariableValues,
  print,
  type DocumentNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { usedFragments, variablesIn } from './document-parts';
import type { ServedSubscription } from './served';

export interface LookupQueryPlan {
  query: string;
  /** The subscriber's variables the rewritten query uses, without the event's id. */
  variables: Record<string, unknown>;
  /** The variable that receives each event's id. */
  idVariable: string;
  /** Where the result goes in `data` (the field's alias, the field name without one). */
  responseKey: string;
  /** Coerced arguments of the subscription field (e.g. `minSeverity`). */
  args: Record<string, unknown>;
  /** The served subscription the document selects. */
  served: ServedSubscription;
}

export function planLookupQuery(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  rawVariables: Record<string, unknown> | null | undefined,
  served: ReadonlyMap<string, ServedSubscription>,
): LookupQueryPlan | { errors: readonly GraphQLError[] } {
  const names = [...served.keys()].map((n) => `\`${n}\``).join(', ');
  const operation = getOperationAST(document, operationName);
  const field = operation?.selectionSet.selections[0];
  if (!operation || operation.operation !== 'subscription' || operation.selectionSet.selections.length !== 1 || field?.kind !== Kind.FIELD) {
    return fail(`Select exactly one subscription field directly (served: ${names}).`);
  }
  const spec = served.get(field.name.value);
  if (!spec) return fail(`Only these subscriptions are served: ${names}.`);
  const fieldDef = schema.getSubscriptionType()?.getFields()[spec.field];
  if (!fieldDef || !field.selectionSet) return fail(`The \`${spec.field}\` subscription is not in the schema.`);
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], rawVariables ?? {});
  if (coerced.errors) return { errors: coerced.errors };
  const args = getArgumentValues(fieldDef, field, coerced.coerced);
  const fragments = usedFragments(document, field.selectionSet);
  const usedVariables = variablesIn([field.selectionSet, ...fragments]);
  const declared = (operation.variableDefinitions ?? []).filter((d) => usedVariables.has(d.variable.name.value));
  const idVariable = freshName(`${spec.lookup.field}Id`, new Set((operation.variableDefinitions ?? []).map((d) => d.variable.name.value)));
  const responseKey = field.alias?.value ?? field.name.value;
  const name = (value: string) => ({ kind: Kind.NAME, value }) as const;
  const query: OperationDefinitionNode = {
    kind: Kind.OPERATION_DEFINITION,
    operation: 'query' as OperationDefinitionNode['operation'],
    name: name(spec.field.charAt(0).toUpperCase() + spec.field.slice(1)),
    variableDefinitions: [
      { kind: Kind.VARIABLE_DEFINITION, variable: { kind: Kind.VARIABLE, name: name(idVariable) }, type: { kind: Kind.NON_NULL_TYPE, type: { kind: Kind.NAMED_TYPE, name: name('ID') } } },
      ...declared,
    ],
    selectionSet: {
      kind: Kind.SELECTION_SET,
      selections: [
        {
          kind: Kind.FIELD,
          alias: name(responseKey),
          name: name(spec.lookup.field),
          arguments: [{ kind: Kind.ARGUMENT, name: name(spec.lookup.idArgument), value: { kind: Kind.VARIABLE, name: name(idVariable) } }],
          selectionSet: field.selectionSet,
        },
      ],
    },
  };
  const variables = Object.fromEntries(
    declared.map((d) => d.variable.name.value).filter((n) => rawVariables && n in rawVariables).map((n) => [n, rawVariables?.[n]]),
  );
  return { query: print({ kind: Kind.DOCUMENT, definitions: [query, ...fragments] }), variables, idVariable, responseKey, args, served: spec };
}

function freshName(base: string, taken: Set<string>): string {
  let name = base;
  for (let i = 1; taken.has(name); i++) name = `${base}${i}`;
  return name;
}

function fail(message: string): { errors: GraphQLError[] } {
  return { errors: [new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } })] };
}
