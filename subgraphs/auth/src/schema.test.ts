import fs from 'node:fs';
import { Kind, parse, visit, type ASTNode } from 'graphql';
import { describe, expect, it } from 'vitest';

/** The API convention "every type, field, argument and enum value has a description", checked on the SDL. */
describe('schema.graphql', () => {
  it('describes every type, field, argument and enum value', () => {
    const doc = parse(fs.readFileSync(new URL('./schema.graphql', import.meta.url), 'utf8'));
    const undescribed: string[] = [];
    const check = (node: ASTNode & { description?: { value: string } | undefined; name?: { value: string } }) => {
      if (!node.description?.value.trim()) undescribed.push(`${node.kind} ${node.name?.value ?? ''}`);
    };
    visit(doc, {
      [Kind.OBJECT_TYPE_DEFINITION]: check,
      [Kind.ENUM_TYPE_DEFINITION]: check,
      [Kind.SCALAR_TYPE_DEFINITION]: check,
      [Kind.INPUT_OBJECT_TYPE_DEFINITION]: check,
      [Kind.FIELD_DEFINITION]: check,
      [Kind.INPUT_VALUE_DEFINITION]: check,
      [Kind.ENUM_VALUE_DEFINITION]: check,
    });
    expect(undescribed).toEqual([]);
  });
});
