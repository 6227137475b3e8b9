/**
 * The JSON-protocol services of the account-level checks: SSM, CloudTrail, AWS Config and CloudWatch Logs
 * (awsJson1_1), CloudWatch (awsJson1_0, signed as `monitoring`), Account Management (restJson1,
 * `POST /getAlternateContact`) and IAM Access Analyzer (restJson1, `GET /analyzer`, signed as `access-analyzer`). Small answers from `account-level-estate.ts`; DescribeInstanceInformation pages
 * with MaxResults / NextToken. Throttling answers in each service's own form.
 */
import type { Answer, Routed } from './answer';
import { benchAnalyzers, benchMetricFilters, benchTrails, configRecords, ssmManagedInstances, SSM_MAX_RESULTS } from './account-level-estate';
import { emptyRegion, type Estate } from './estate';
import type { ApiClass } from './limits';
import { decodeToken, pageOf } from './pages';
import type { ParsedRequest } from './request';

const JSON_11 = 'application/x-amz-json-1.1';
const services: Record<string, { apiClass: ApiClass; contentType: string; throttle: [number, string] }> = {
  ssm: { apiClass: 'ssm', contentType: JSON_11, throttle: [400, 'ThrottlingException'] },
  cloudtrail: { apiClass: 'cloudtrail', contentType: JSON_11, throttle: [400, 'ThrottlingException'] },
  config: { apiClass: 'config', contentType: JSON_11, throttle: [400, 'ThrottlingException'] },
  logs: { apiClass: 'logs', contentType: JSON_11, throttle: [400, 'ThrottlingException'] },
  monitoring: { apiClass: 'cloudwatch', contentType: 'application/x-amz-json-1.0', throttle: [400, 'Throttling'] },
  account: { apiClass: 'account', contentType: 'application/json', throttle: [429, 'TooManyRequestsException'] },
  'access-analyzer': { apiClass: 'access-analyzer', contentType: 'application/json', throttle: [429, 'ThrottlingException'] },
};

/** The operation of a REST JSON request, from its method and path. */
const restActions: Record<string, Record<string, string>> = {
  account: { 'POST /getAlternateContact': 'GetAlternateContact' },
  'access-analyzer': { 'GET /analyzer': 'ListAnalyzers' },
};

export const isJsonService = (service: string) => service in services;

const json = (body: object, contentType: string): Answer => ({ status: 200, body: JSON.stringify(body), contentType });
const jsonError = (status: number, code: string, message: string, contentType: string): Answer => ({ status, body: JSON.stringify({ __type: code, message }), contentType });

function answer(action: string, req: ParsedRequest, estate: Estate, contentType: string): Answer {
  const region = estate.byRegion.get(req.region) ?? emptyRegion;
  const trails = benchTrails(estate);
  const ok = (body: object) => json(body, contentType);
  switch (action) {
    case 'DescribeInstanceInformation': {
      const offset = decodeToken(action, (req.json.NextToken as string | undefined) ?? null);
      if (offset === undefined) return jsonError(400, 'InvalidNextToken', 'The specified token is not valid.', contentType);
      const size = Math.min(SSM_MAX_RESULTS, Number(req.json.MaxResults ?? SSM_MAX_RESULTS));
      const page = pageOf(action, ssmManagedInstances(region.instances), offset, size);
      return ok({ InstanceInformationList: page.items.map((i) => ({ InstanceId: i.id, PingStatus: 'Online', PlatformType: 'Linux', AgentVersion: '3.3.1' })), NextToken: page.next });
    }
    case 'ListTrails':
      return ok({ Trails: trails.map((t) => ({ TrailARN: t.arn, Name: t.name, HomeRegion: t.homeRegion })) });
    case 'DescribeTrails': {
      const wanted = new Set((req.json.trailNameList as string[] | undefined) ?? []);
      const inRegion = trails.filter((t) => t.homeRegion === req.region && (wanted.size === 0 || wanted.has(t.arn)));
      return ok({
        trailList: inRegion.map((t) => ({
          Name: t.name,
          TrailARN: t.arn,
          HomeRegion: t.homeRegion,
          IsMultiRegionTrail: t.multiRegion,
          LogFileValidationEnabled: t.multiRegion,
          S3BucketName: 'bench-bucket-00000',
          ...(t.logGroup ? { CloudWatchLogsLogGroupArn: `arn:aws:logs:${t.homeRegion}:${estate.accountId}:log-group:${t.logGroup}:*` } : {}),
        })),
      });
    }
    case 'GetTrailStatus':
      return ok({ IsLogging: true });
    case 'GetEventSelectors':
      return ok({ EventSelectors: [{ ReadWriteType: 'All', IncludeManagementEvents: true, DataResources: [{ Type: 'AWS::S3::Object', Values: ['arn:aws:s3'] }] }] });
    case 'DescribeMetricFilters':
      return ok({ metricFilters: benchMetricFilters.map((f) => ({ filterName: f.name, filterPattern: f.pattern, logGroupName: req.json.logGroupName, metricTransformations: [{ metricName: f.metric, metricNamespace: 'CIS', metricValue: '1' }] })) });
    case 'DescribeAlarms':
      return ok({
        MetricAlarms: [
          { AlarmName: 'root-usage', MetricName: 'RootUsage', Namespace: 'CIS', ActionsEnabled: true, AlarmActions: [`arn:aws:sns:${req.region}:${estate.accountId}:security`] },
          { AlarmName: 'cpu-high', MetricName: 'CPUUtilization', Namespace: 'AWS/EC2', ActionsEnabled: true, AlarmActions: [] },
        ],
      });
    case 'DescribeConfigurationRecorders':
      return ok({ ConfigurationRecorders: [{ name: 'default', recordingGroup: { allSupported: true, includeGlobalResourceTypes: req.region === estate.regions[0] } }] });
    case 'DescribeConfigurationRecorderStatus':
      return ok({ ConfigurationRecordersStatus: [{ name: 'default', recording: configRecords(estate, req.region), lastStatus: 'Success' }] });
    case 'ListAnalyzers':
      return ok({
        analyzers: benchAnalyzers(estate, req.region).map((a) => ({ ...a, arn: `arn:aws:access-analyzer:${req.region}:${estate.accountId}:analyzer/${a.name}`, createdAt: '2025-01-01T00:00:00Z' })),
      });
    case 'GetAlternateContact':
      return ok({ AlternateContact: { AlternateContactType: 'SECURITY', Name: 'Bench security', EmailAddress: 'security@bench.invalid', PhoneNumber: '+1 555 0100', Title: 'Security' } });
    default:
      return jsonError(400, 'UnknownOperationException', `${action} is not served by the fake`, contentType);
  }
}

export function routeJson(req: ParsedRequest, estate: Estate): Routed {
  const service = services[req.service] as (typeof services)[string];
  const rest = restActions[req.service];
  const action = rest ? (rest[`${req.method} ${req.path}`] ?? req.path) : (req.target?.split('.').pop() ?? '');
  return {
    api: action,
    apiClass: service.apiClass,
    respond: () => answer(action, req, estate, service.contentType),
    throttled: () => jsonError(service.throttle[0], service.throttle[1], 'Rate exceeded', service.contentType),
  };
}
