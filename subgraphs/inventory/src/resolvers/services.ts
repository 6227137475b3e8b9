import type { AccountChangesService } from '../domain/account-changes';
import type { AccountService } from '../domain/accounts';
import type { ConnectionService } from '../domain/connection/connection-service';
import type { OnboardingService } from '../domain/onboarding/onboarding-service';
import type { OrganizationService } from '../domain/organizations';
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
  accountChanges: AccountChangesService;
  onboarding: OnboardingService;
  connections: ConnectionService;
  organizations: OrganizationService;
  scans: ScanService;
  resources: ResourceService;
  runner: ScanRunner;
  schedules: ScheduleService;
  history: ResourceHistoryService;
  snapshotExports: SnapshotExportService;
  snapshotUploads: SnapshotUploadService;
  snapshotAccounts: SnapshotAccountService;
}
