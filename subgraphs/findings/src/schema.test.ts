import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { composeServices } from '@apollo/composition';
import { parse, visit, type ASTNode } from 'graphql';
import { describe, expect, it } from 'vitest';

const sdl = fs.readFileSync(path.join(path.dirname(fileURLToPath(import.meta.url)), 'schema.graphql'), 'utf8');

// The owner's side of the entities findings extends, reduced to what composition needs.
const inventoryStub = `
extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable", "@inaccessible"])
type AwsAccount @key(fields: "id") { id: ID! name: String! }
type Scan @key(fields: "id") { id: ID! account: AwsAccount! }
type Resource @key(fields: "id") { id: ID! arn: String! }
type PageInfo @shareable { endCursor: String hasNextPage: Boolean! }
type Query { resource(id: ID!): Resource }
`;

describe('findings SDL', () => {
  it('composes with the entities inventory owns', () => {
    const result = composeServices([
      { name: 'findings', typeDefs: parse(sdl), url: 'http://findings' },
      { name: 'inventory', typeDefs: parse(inventoryStub), url: 'http://inventory' },
    ]);
    expect(result.errors?.map((e) => e.message) ?? []).toEqual([]);
  });

  it('describes every type, field, argument, input field and enum value', () => {
    const missing: string[] = [];
    const check = (node: ASTNode & { description?: unknown; name?: { value: string } }, where: string) => {
      if (!node.description) missing.push(where);
    };
    let owner = '';
    visit(parse(sdl), {
      ObjectTypeDefinition: (n) => {
        owner = n.name.value;
        if (owner !== 'Query' && owner !== 'Subscription') check(n, owner);
      },
      InputObjectTypeDefinition: (n) => {
        owner = n.name.value;
        check(n, owner);
        for (const field of n.fields ?? []) check(field, `${owner}.${field.name.value}`);
      },
      EnumTypeDefinition: (n) => {
        owner = n.name.value;
        check(n, owner);
      },
      ScalarTypeDefinition: (n) => check(n, n.name.value),
      FieldDefinition: (n) => {
        check(n, `${owner}.${n.name.value}`);
        for (const arg of n.arguments ?? []) check(arg, `${owner}.${n.name.value}(${arg.name.value})`);
      },
      InputValueDefinition: () => undefined,
      EnumValueDefinition: (n) => check(n, `${owner}.${n.name.value}`),
    });
    expect(missing).toEqual([]);
  });
});
