import type { PolicyDocument, PolicyStatement } from '@cspmexa/resources';

/** IAM allows `Statement` to be one object or a list; callers always get a list. */
export function policyStatements(document: PolicyDocument): readonly PolicyStatement[] {
  const statement = document.Statement as PolicyDocument['Statement'] | undefined;
  // A document without Statement is malformed but grants nothing, which is exactly what an empty list says.
  if (statement === undefined) return [];
  return Array.isArray(statement) ? statement : [statement];
}

/** IAM allows most elements to be one string or a list of strings; callers always get a list. */
export function asList(value: string | readonly string[] | undefined): readonly string[] {
  if (value === undefined) return [];
  return typeof value === 'string' ? [value] : value;
}
