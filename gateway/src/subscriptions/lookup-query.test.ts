import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { planLookupQuery, type LookupQueryPlan } from './lookup-query';
import { servedSubscriptions } from './served';

const schema = buildSchema(`
  enum Severity { CRITICAL HIGH MEDIUM LOW INFO }
  type Alert { id: ID! severity: Severity! title: String! resource: Resource }
  type Resource { arn: String! findings(first: Int): Int }
  type ScanProgress { scanId: ID! percentage: Int! }
  type Query { alert(id: ID!): Alert scanProgressSnapshot(scanId: ID!): ScanProgress }
  type Subscription { alertRaised(minSeverity: Severity): Alert! scanProgress(scanId: ID!): ScanProgress! other: Alert }
`);

const planAlertQuery = (s: typeof schema, d: ReturnType<typeof parse>, op: string | undefined, v: Record<string, unknown> | undefined) =>
  planLookupQuery(s, d, op, v, servedSubscriptions);

function plan(query: string, variables?: Record<string, unknown>, operationName?: string): LookupQueryPlan {
  const result = planAlertQuery(schema, parse(query), operationName, variables);
  if ('errors' in result) throw new Error(result.errors.map((e) => e.message).join('; '));
  return result;
}

describe('planLookupQuery', () => {
  it('rewrites the selection into an alert(id) query that validates', () => {
    const p = plan('subscription { alertRaised(minSeverity: HIGH) { id title } }');
    expect(p.query).toContain('alertRaised: alert(id: $alertId)');
    expect(p.args).toEqual({ minSeverity: 'HIGH' });
    expect(p.responseKey).toBe('alertRaised');
    expect(validate(schema, parse(p.query))).toEqual([]);
  });

  it('keeps the fragments the selection uses, transitively, and drops the others', () => {
    const p = plan(`
      subscription { alertRaised { ...A } }
      fragment A on Alert { id resource { ...R } }
      fragment R on Resource { arn }
      fragment Unused on Alert { title }
    `);
    expect(p.query).toContain('fragment A on Alert');
    expect(p.query).toContain('fragment R on Resource');
    expect(p.query).not.toContain('Unused');
    expect(validate(schema, parse(p.query))).toEqual([]);
  });

  it('declares only the variables the selection uses and passes their values', () => {
    const p = plan(
      'subscription S($min: Severity, $n: Int, $unused: Int) { alertRaised(minSeverity: $min) { id resource { findings(first: $n) } } }',
      { min: 'LOW', n: 5, unused: 1 },
    );
    expect(p.args).toEqual({ minSeverity: 'LOW' });
    expect(p.variables).toEqual({ n: 5 });
    expect(p.query).toMatch(/\$n: Int/);
    expect(p.query).not.toMatch(/\$min|\$unused/);
    expect(validate(schema, parse(p.query))).toEqual([]);
  });

  it('does not collide with a subscriber variable named alertId', () => {
    const p = plan('subscription ($alertId: Int) { alertRaised { id resource { findings(first: $alertId) } } }', { alertId: 2 });
    expect(p.idVariable).toBe('alertId1');
    expect(validate(schema, parse(p.query))).toEqual([]);
  });

  it('answers under the alias the subscriber chose', () => {
    expect(plan('subscription { live: alertRaised { id } }').responseKey).toBe('live');
  });

  it('refuses other subscription fields and queries', () => {
    expect(planAlertQuery(schema, parse('subscription { other { id } }'), undefined, {})).toHaveProperty('errors');
    expect(planAlertQuery(schema, parse('{ alert(id: "1") { id } }'), undefined, {})).toHaveProperty('errors');
  });

  it('reports bad variable values instead of throwing', () => {
    const result = planAlertQuery(schema, parse('subscription ($min: Severity) { alertRaised(minSeverity: $min) { id } }'), undefined, { min: 'SEVERE' });
    expect(result).toHaveProperty('errors');
  });

  it('rewrites scanProgress into the scanProgressSnapshot(scanId) lookup, from the same table', () => {
    const p = plan('subscription ($id: ID!) { scanProgress(scanId: $id) { percentage } }', { id: 'scan-1' });
    expect(p.query).toContain('scanProgress: scanProgressSnapshot(scanId: $scanProgressSnapshotId)');
    expect(p.args).toEqual({ scanId: 'scan-1' });
    expect(p.served.field).toBe('scanProgress');
    expect(validate(schema, parse(p.query))).toEqual([]);
  });
});
