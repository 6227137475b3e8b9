/**
 * PLACEHOLDER. The product side of the benchmark: to be wired to the inventory subgraph's collectors
 * (subgraphs/inventory/src/collectors/aws) once they land, by building an AwsScanContext whose clients use
 * `endpoint` + `credentials` and calling every collector of `awsCollectors` for `regions`. Until then it
 * collects nothing and the report says "product collector: not wired".
 */
import type { BenchCollector } from './collect-with';

export const productCollector: BenchCollector = {
  name: 'product collector',
  wired: false,
  collectWith: () => Promise.resolve({ resources: 0, errors: [] }),
};
