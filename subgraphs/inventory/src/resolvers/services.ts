import type { AccountService } from '../domain/accounts';
import type { ResourceService } from '../domain/resources';
import type { ScanRunner } from '../domain/scan-runner';
import type { ScheduleService } from '../domain/scan-schedule';
import type { ScanService } from '../domain/scans';

/** The domain services the resolvers delegate to. */
export interface InventoryServices {
  accounts: AccountService;
  scans: ScanService;
  resources: ResourceService;
  runner: ScanRunner;
  schedules: ScheduleService;
}
