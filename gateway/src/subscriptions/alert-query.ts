/**
 * Rewrites a subscriber's `alertRaised` selection into the query run for each event:
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
  visit,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

export const SUPPORTED_SUBSCRIPTION = 'alertRaised';

export interface AlertQueryPlan {
  query: string;
  /** The subscriber's variables the rewritten query uses, without the alert id. */
  variables: Record<string, unknown>;
  /** The variable that receives each event's alert id. */
  idVariable: string;
  /** Where the result goes in `data` (the field's alias, `alertRaised` without one). */
  responseKey: string;
  /** Coerced arguments of the `alertRaised` field (e.g. `minSeverity`). */
  args: Record<string, unknown>;
}

export function planAlertQuery(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  rawVariables: Record<string, unknown> | null | undefined,
): AlertQueryPlan | { errors: readonly GraphQLError[] } {
  const operation = getOperationAST(document, operationName);
  const field = operation?.selectionSet.selections[0];
  if (!operation || operation.operation !== 'subscription' || operation.selectionSet.selections.length !== 1 || field?.kind !== Kind.FIELD) {
    return fail(`Select exactly one subscription field directly (only \`${SUPPORTED_SUBSCRIPTION}\` is served).`);
  }
  if (field.name.value !== SUPPORTED_SUBSCRIPTION) return fail(`Only the \`${SUPPORTED_SUBSCRIPTION}\` subscription is served.`);
  const fieldDef = schema.getSubscriptionType()?.getFields()[SUPPORTED_SUBSCRIPTION];
  if (!fieldDef || !field.selectionSet) return fail(`The \`${SUPPORTED_SUBSCRIPTION}\` subscription is not in the schema.`);

  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], rawVariables ?? {});
  if (coerced.errors) return { errors: coerced.errors };
  const args = getArgumentValues(fieldDef, field, coerced.coerced);

  const fragments = usedFragments(document, field.selectionSet);
  const usedVariables = variablesIn([field.selectionSet, ...fragments]);
  const declared = (operation.variableDefinitions ?? []).filter((d) => usedVariables.has(d.variable.name.value));
  const idVariable = freshName('alertId', new Set((operation.variableDefinitions ?? []).map((d) => d.variable.name.value)));
  const responseKey = field.alias?.value ?? field.name.value;

  const query: OperationDefinitionNode = {
    kind: Kind.OPERATION_DEFINITION,
    operation: 'query' as OperationDefinitionNode['operation'],
    name: { kind: Kind.NAME, value: 'AlertRaised' },
    variableDefinitions: [
      {
        kind: Kind.VARIABLE_DEFINITION,
        variable: { kind: Kind.VARIABLE, name: { kind: Kind.NAME, value: idVariable } },
        type: { kind: Kind.NON_NULL_TYPE, type: { kind: Kind.NAMED_TYPE, name: { kind: Kind.NAME, value: 'ID' } } },
      },
      ...declared,
    ],
    selectionSet: {
      kind: Kind.SELECTION_SET,
      selections: [
        {
          kind: Kind.FIELD,
          alias: { kind: Kind.NAME, value: responseKey },
          name: { kind: Kind.NAME, value: 'alert' },
          arguments: [
            { kind: Kind.ARGUMENT, name: { kind: Kind.NAME, value: 'id' }, value: { kind: Kind.VARIABLE, name: { kind: Kind.NAME, value: idVariable } } },
          ],
          selectionSet: field.selectionSet,
        },
      ],
    },
  };
  const variables = Object.fromEntries(
    declared.map((d) => d.variable.name.value).filter((n) => rawVariables && n in rawVariables).map((n) => [n, rawVariables?.[n]]),
  );
  return { query: print({ kind: Kind.DOCUMENT, definitions: [query, ...fragments] }), variables, idVariable, responseKey, args };
}

/** The fragments reachable from `selectionSet` (transitively), in document order; unused ones would fail validation. */
function usedFragments(document: DocumentNode, selectionSet: SelectionSetNode): FragmentDefinitionNode[] {
  const byName = new Map(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
  );
  const seen = new Set<string>();
  const pending: SelectionSetNode[] = [selectionSet];
  for (let next = pending.pop(); next; next = pending.pop()) {
    visit(next, {
      FragmentSpread(spread) {
        const fragment = byName.get(spread.name.value);
        if (fragment && !seen.has(fragment.name.value)) {
          seen.add(fragment.name.value);
          pending.push(fragment.selectionSet);
        }
      },
    });
  }
  return [...byName.values()].filter((f) => seen.has(f.name.value));
}

function variablesIn(nodes: (SelectionSetNode | FragmentDefinitionNode)[]): Set<string> {
  const names = new Set<string>();
  for (const node of nodes) visit(node, { Variable: (v) => void names.add(v.name.value) });
  return names;
}

function freshName(base: string, taken: Set<string>): string {
  let name = base;
  for (let i = 1; taken.has(name); i++) name = `${base}${i}`;
  return name;
}

function fail(message: string): { errors: GraphQLError[] } {
  return { errors: [new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } })] };
}
