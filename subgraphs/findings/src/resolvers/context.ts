/** What the resolvers are built from: the domain services, nothing else. */
import type { CheckInfo } from '../domain/evaluate';
import type { FindingsReader } from '../domain/findings-reader';

export interface ResolverDeps {
  reader: FindingsReader;
  listChecks: () => readonly CheckInfo[];
  findCheck: (id: string) => CheckInfo | undefined;
}
