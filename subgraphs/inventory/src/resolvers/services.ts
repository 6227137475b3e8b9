import type { AccountService } from '../domain/accounts';
import type { ResourceHistoryService } from '../domain/resource-history';
import type { ResourceService } from '../domain/resources';
import type { ScanRunner } from '../domain/scan-runner';
import type { ScheduleService } from '../domain/scan-schedule';
import type { ScanService } from '../domain/scans';
import type { SnapshotAccountService } from '../domain/snapshot-accounts';
import type { SnapshotExportService } from '../domain/snapshot-exports';
import type { SnapshotUploadService } from '../domain/snapshot-uploads';

/** The domain services the resolvers delegate to. */
export interface InventoryServices {
  accounts: AccountService;
  scans: ScanService;
  resources: ResourceService;
  runner: ScanRunner;
  schedules: ScheduleService;
  history: ResourceHistoryService;
  snapshotExports: SnapshotExportService;
  snapshotUploads: SnapshotUploadService;
  snapshotAccounts: SnapshotAccountService;
}
