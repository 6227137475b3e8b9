/**
 * The minimum calls of the account-level reads: SSM's managed instances in every region that has instances (50 a
 * page), the two Config reads per region, ListTrails once, DescribeTrails once per home region, each trail's status
 * and selectors, the metric filters of each log group, the alarms once per region holding a log group with
 * filters, the security contact once, and Access Analyzer's analyzers once per region (one page).
 */
import { benchMetricFilters, benchTrails, ssmManagedInstances, SSM_MAX_RESULTS } from './fake-aws/account-level-estate';
import type { Estate } from './fake-aws/estate';
import type { PlannedCall } from './call-plan';

const pages = (items: number, maxPage: number) => Math.max(1, Math.ceil(items / maxPage));

export function accountLevelCalls(estate: Estate, defaultRegion: string): PlannedCall[] {
  const plan: PlannedCall[] = [];
  for (const region of estate.regions) {
    const instances = estate.byRegion.get(region)?.instances ?? [];
    if (instances.length > 0) plan.push({ api: 'DescribeInstanceInformation', region, apiClass: 'ssm', count: pages(ssmManagedInstances(instances).length, SSM_MAX_RESULTS) });
    plan.push({ api: 'DescribeConfigurationRecorders', region, apiClass: 'config', count: 1 }, { api: 'DescribeConfigurationRecorderStatus', region, apiClass: 'config', count: 1 });
    plan.push({ api: 'ListAnalyzers', region, apiClass: 'access-analyzer', count: 1 });
  }
  const trails = benchTrails(estate);
  plan.push({ api: 'ListTrails', region: defaultRegion, apiClass: 'cloudtrail', count: 1 });
  for (const region of new Set(trails.map((t) => t.homeRegion))) plan.push({ api: 'DescribeTrails', region, apiClass: 'cloudtrail', count: 1 });
  for (const t of trails) {
    plan.push({ api: 'GetTrailStatus', region: t.homeRegion, apiClass: 'cloudtrail', count: 1 }, { api: 'GetEventSelectors', region: t.homeRegion, apiClass: 'cloudtrail', count: 1 });
    if (t.logGroup) plan.push({ api: 'DescribeMetricFilters', region: t.homeRegion, apiClass: 'logs', count: 1 });
  }
  const alarmRegions = new Set(benchMetricFilters.length > 0 ? trails.flatMap((t) => (t.logGroup ? [t.homeRegion] : [])) : []);
  for (const region of alarmRegions) plan.push({ api: 'DescribeAlarms', region, apiClass: 'cloudwatch', count: 1 });
  plan.push({ api: 'GetAlternateContact', region: defaultRegion, apiClass: 'account', count: 1 });
  return plan;
}
