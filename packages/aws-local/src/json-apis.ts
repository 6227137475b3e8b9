/**
 * An empty account for the JSON-protocol services the collectors read, in their real wire formats: SSM, CloudTrail,
 * AWS Config and CloudWatch Logs (awsJson1_1, `POST /` with `X-Amz-Target: <prefix>.<Action>`), CloudWatch
 * (awsJson1_0, target prefix `GraniteServiceVersion20100801`), Account Management (restJson1,
 * `POST /getAlternateContact`) and IAM Access Analyzer (restJson1, `GET /analyzer`, answered from the stand-in's
 * configured analyzers by `access-analyzer.ts`). Every other list is empty, no alternate contact is registered (404
 * ResourceNotFoundException, as AWS answers), and an action the stand-in does not know is a 400
 * UnknownOperationException, so that a collector calling something new fails loudly rather than reading "nothing".
 */
import type { Answer } from './account-apis';
import { isListAnalyzers } from './access-analyzer';

export type JsonService = 'ssm' | 'cloudtrail' | 'config' | 'logs' | 'cloudwatch' | 'account' | 'access-analyzer';

/** X-Amz-Target prefixes (the part before the last dot) of each JSON-protocol service. */
const TARGET_PREFIXES: Record<string, Exclude<JsonService, 'account' | 'access-analyzer'>> = {
  AmazonSSM: 'ssm',
  CloudTrail_20131101: 'cloudtrail',
  'com.amazonaws.cloudtrail.v20131101.CloudTrail_20131101': 'cloudtrail',
  StarlingDoveService: 'config',
  Logs_20140328: 'logs',
  GraniteServiceVersion20100801: 'cloudwatch',
};

const CONTENT_TYPES: Record<JsonService, string> = {
  ssm: 'application/x-amz-json-1.1',
  cloudtrail: 'application/x-amz-json-1.1',
  config: 'application/x-amz-json-1.1',
  logs: 'application/x-amz-json-1.1',
  cloudwatch: 'application/x-amz-json-1.0',
  account: 'application/json',
  'access-analyzer': 'application/json',
};

const EMPTY: Record<string, object> = {
  'ssm:DescribeInstanceInformation': { InstanceInformationList: [] },
  'cloudtrail:ListTrails': { Trails: [] },
  'cloudtrail:DescribeTrails': { trailList: [] },
  'config:DescribeConfigurationRecorders': { ConfigurationRecorders: [] },
  'config:DescribeConfigurationRecorderStatus': { ConfigurationRecordersStatus: [] },
  'logs:DescribeMetricFilters': { metricFilters: [] },
  'cloudwatch:DescribeAlarms': { MetricAlarms: [], CompositeAlarms: [] },
};

/** The service and action of a JSON-protocol request, from its target header or (REST JSON) its path and signer. */
export function jsonRoute(method: string, path: string, target: string | undefined, authorization?: string): { service: JsonService; action: string } | undefined {
  if (method === 'POST' && path === '/getAlternateContact') return { service: 'account', action: 'GetAlternateContact' };
  if (isListAnalyzers(method, path, authorization)) return { service: 'access-analyzer', action: 'ListAnalyzers' };
  if (!target) return undefined;
  const dot = target.lastIndexOf('.');
  const service = TARGET_PREFIXES[target.slice(0, dot)];
  return service ? { service, action: target.slice(dot + 1) } : undefined;
}

export interface JsonAnswer extends Answer {
  headers: Record<string, string>;
}

/** A JSON error: `__type` in the body for the JSON protocols, `x-amzn-errortype` for REST JSON (both read by the SDK). */
export function jsonError(service: JsonService, status: number, code: string, message: string): JsonAnswer {
  return { status, body: JSON.stringify({ __type: code, message }), headers: { 'content-type': CONTENT_TYPES[service], 'x-amzn-errortype': code } };
}

/** `answer`: the body of a read the stand-in answers from its own state (ListAnalyzers). */
export function answerJsonApi(service: JsonService, action: string, fault?: { code: string; status: number }, answer?: () => string): JsonAnswer {
  if (fault) return jsonError(service, fault.status, fault.code, `Injected ${fault.code}`);
  if (answer) return { status: 200, body: answer(), headers: { 'content-type': CONTENT_TYPES[service] } };
  if (service === 'account') return jsonError(service, 404, 'ResourceNotFoundException', 'No contact of the inputted alternate contact type found.');
  const body = EMPTY[`${service}:${action}`];
  if (!body) return jsonError(service, 400, 'UnknownOperationException', `${action} is not served by the stand-in`);
  return { status: 200, body: JSON.stringify(body), headers: { 'content-type': CONTENT_TYPES[service] } };
}

/** Every AWS_ENDPOINT_URL_<SERVICE> a scan uses, pointing at the stand-in (a test sets them all at once). */
export function standInEndpointEnv(endpoint: string): Record<string, string> {
  const services = ['S3', 'STS', 'EC2', 'IAM', 'S3_CONTROL', 'ORGANIZATIONS', 'SSM', 'CLOUDTRAIL', 'CONFIG_SERVICE', 'CLOUDWATCH_LOGS', 'CLOUDWATCH', 'ACCOUNT', 'ACCESSANALYZER'];
  return Object.fromEntries(services.map((s) => [`AWS_ENDPOINT_URL_${s}`, endpoint]));
}
