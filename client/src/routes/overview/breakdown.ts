import { graphql } from '../../gql';

/** Open findings per service and per account: two GROUP BYs on the server (`findingFacets`), never a list here. */
export const FindingsBreakdownDocument = graphql(`
  query FindingsBreakdown($filter: FindingFilter) {
    findingFacets(filter: $filter) {
      service {
        value
        count
      }
      account {
        value
        count
      }
    }
  }
`);

/** How many values each breakdown shows; the rest are summed into one line that links to the full facet list. */
export const BREAKDOWN_TOP = 8;

export interface BreakdownRow {
  label: string;
  count: number;
  href: string;
}

/** The largest values first (ties by name), the remainder summed, so the list never grows past `top` + 1 lines. */
export function topValues(
  counts: readonly { value: string; count: number }[],
  top: number,
): { shown: { value: string; count: number }[]; rest: { values: number; count: number } } {
  const sorted = [...counts].sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
  const hidden = sorted.slice(top);
  return { shown: sorted.slice(0, top), rest: { values: hidden.length, count: hidden.reduce((sum, c) => sum + c.count, 0) } };
}
