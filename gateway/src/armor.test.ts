import { buildSchema, getIntrospectionQuery, parse, specifiedRules, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { createProtection, isIntrospectionOnly } from './armor';

const schema = buildSchema('type Query { ping: String deep: Deep } type Deep { next: Deep level: Int }');
const introspection = parse(getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true, specifiedByUrl: true, directiveIsRepeatable: true }));

function errors(production: boolean, query: string | ReturnType<typeof parse>) {
  const document = typeof query === 'string' ? parse(query) : query;
  return validate(schema, document, [...specifiedRules, createProtection({ production }).validationRule]).map((e) => e.message);
}

describe('createProtection', () => {
  it('lets the sandbox introspect outside production', () => {
    expect(errors(false, introspection)).toEqual([]);
  });

  it('measures introspection like any query in production', () => {
    expect(errors(true, introspection).length).toBeGreaterThan(0);
  });

  it('caps depth at 10 and hides the limit in production messages', () => {
    const query = (n: number) => `{ deep { ${'next { '.repeat(n)}level${' }'.repeat(n)} } }`;
    expect(errors(false, query(8))).toEqual([]);
    expect(errors(false, query(12)).join()).toMatch(/depth limit of 10/);
    expect(errors(true, query(12)).join()).not.toMatch(/10/);
  });

  it('does not treat a mixed document as introspection', () => {
    expect(isIntrospectionOnly(parse('{ __schema { queryType { name } } ping }'))).toBe(false);
    expect(isIntrospectionOnly(parse('{ __schema { queryType { name } } }'))).toBe(true);
  });
});
