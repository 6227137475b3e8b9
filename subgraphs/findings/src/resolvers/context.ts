/** What the resolvers are built from: the domain services, nothing else. */
import type { ComplianceReader } from '../domain/compliance';
import type { CheckInfo } from '../domain/evaluate';
import type { ExportService } from '../domain/exports';
import type { FindingsReader } from '../domain/findings-reader';
import type { MuteService } from '../domain/mutes';

export interface ResolverDeps {
  reader: FindingsReader;
  listChecks: () => readonly CheckInfo[];
  findCheck: (id: string) => CheckInfo | undefined;
  mutes: MuteService;
  compliance: ComplianceReader;
  exports: ExportService;
}
