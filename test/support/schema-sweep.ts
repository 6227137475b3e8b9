/**
 * Operations built from the composed API schema (schema/api.graphql) for authorization sweeps (R1): one operation
 * per root field, with a value for every required argument. A field added to the schema is swept without anyone
 * writing its operation, so a new mutation without a guard fails the sweep instead of slipping through.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  buildSchema,
  getNamedType,
  isCompositeType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export function apiSchema(): GraphQLSchema {
  return buildSchema(fs.readFileSync(path.join(root, 'schema/api.graphql'), 'utf8'));
}

export type RootKind = 'query' | 'mutation';

export function rootFields(schema: GraphQLSchema, kind: RootKind): GraphQLField<unknown, unknown>[] {
  const type = kind === 'query' ? schema.getQueryType() : schema.getMutationType();
  return Object.values(type?.getFields() ?? {});
}

/**
 * Values for arguments by name: `field.argument` first, then `argument` (e.g. `deleteMuteRule.id` is an existing
 * rule, `userId` an existing admin), so that a guard that failed would change something the test can see.
 */
export type ArgumentValues = Record<string, unknown>;

const scalarSamples: Record<string, () => unknown> = {
  ID: () => crypto.randomUUID(),
  String: () => 'sweep',
  Int: () => 1,
  Float: () => 1,
  Boolean: () => true,
  DateTime: () => new Date(Date.now() + 86_400_000).toISOString(),
  JSON: () => ({}),
};

/** The given value for an argument or input field (null counts: it is sent as null), or undefined. */
function givenValue(given: ArgumentValues, fieldName: string, key: string): { value: unknown } | undefined {
  for (const name of [`${fieldName}.${key}`, key]) if (name in given) return { value: given[name] };
  return undefined;
}

/** A value of `type`: required input fields only, lists of one element, the first enum value. */
export function sampleValue(type: GraphQLInputType, key: string, given: ArgumentValues, fieldName: string): unknown {
  const override = givenValue(given, fieldName, key);
  if (override) return override.value;
  if (isNonNullType(type)) return sampleValue(type.ofType, key, given, fieldName);
  if (isListType(type)) return [sampleValue(type.ofType, key, given, fieldName)];
  if (isEnumType(type)) return type.getValues()[0]!.value;
  if (isInputObjectType(type)) {
    const value: Record<string, unknown> = {};
    for (const field of Object.values(type.getFields())) {
      if (isNonNullType(field.type) && field.defaultValue === undefined) value[field.name] = sampleValue(field.type, field.name, given, fieldName);
    }
    return value;
  }
  const sample = scalarSamples[type.name];
  if (!sample) throw new Error(`no sample for scalar ${type.name}: add one to schema-sweep.ts`);
  return sample();
}

/** `mutation Sweep_x($a0: T!) { x(arg: $a0) { __typename } }` with its variables; optional arguments left out. */
export function operationFor(kind: RootKind, field: GraphQLField<unknown, unknown>, given: ArgumentValues = {}): { query: string; variables: Record<string, unknown> } {
  const required = field.args.filter((a) => isNonNullType(a.type) || `${field.name}.${a.name}` in given);
  const variables: Record<string, unknown> = {};
  required.forEach((arg, i) => {
    variables[`a${i}`] = sampleValue(arg.type, arg.name, given, field.name);
  });
  const declarations = required.map((arg, i) => `$a${i}: ${String(arg.type)}`).join(', ');
  const call = required.length ? `(${required.map((arg, i) => `${arg.name}: $a${i}`).join(', ')})` : '';
  const selection = isCompositeType(getNamedType(field.type)) ? ' { __typename }' : '';
  return { query: `${kind} Sweep_${field.name}${declarations ? `(${declarations})` : ''} { ${field.name}${call}${selection} }`, variables };
}
