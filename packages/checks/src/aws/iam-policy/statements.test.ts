import type { PolicyDocument } from '@cspmexa/resources';
import { describe, expect, it } from 'vitest';
import { asList, policyStatements } from './statements';

describe('policyStatements', () => {
  it('wraps a single statement object in a list', () => {
    const doc: PolicyDocument = { Statement: { Effect: 'Allow', Action: 's3:GetObject' } };
    expect(policyStatements(doc)).toEqual([{ Effect: 'Allow', Action: 's3:GetObject' }]);
  });

  it('returns a statement list as is, and nothing for a document without Statement', () => {
    const list = [{ Effect: 'Deny' as const }, { Effect: 'Allow' as const }];
    expect(policyStatements({ Statement: list })).toBe(list);
    expect(policyStatements({} as PolicyDocument)).toEqual([]);
  });
});

describe('asList', () => {
  it('normalises string, list and missing values', () => {
    expect(asList('s3:*')).toEqual(['s3:*']);
    expect(asList(['a', 'b'])).toEqual(['a', 'b']);
    expect(asList(undefined)).toEqual([]);
  });
});
