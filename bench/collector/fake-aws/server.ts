/**
 * A local AWS-compatible endpoint for the collector benchmark: one node:http server on loopback (ephemeral port)
 * that speaks EC2, IAM, STS (query protocol), S3 (REST) and the account-level JSON services (SSM, CloudTrail,
 * Config, CloudWatch Logs, CloudWatch, Account) for a synthetic estate, tells services and regions apart by the
 * SigV4 credential scope, meters every request in (region, API class) token buckets, answers each after a fixed
 * latency, and counts what it served and throttled.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { isJsonService, routeJson } from './account-level-api';
import type { Answer, Routed } from './answer';
import { s3Error } from './answer';
import { CallCounter, type CallStats } from './call-stats';
import { routeEc2 } from './ec2-api';
import { buildEstate, fullEstate, type Estate, type EstateCounts } from './estate';
import { authorizationDetails, routeIam, type IamState } from './iam-api';
import { defaultLimits, type ApiClass, type BucketLimits } from './limits';
import { createRateMeter, type RateMeter } from './rate-buckets';
import { parseRequest, type ParsedRequest } from './request';
import { routeS3 } from './s3-api';
import { routeS3Control, S3_CONTROL_PREFIX } from './s3-control-api';
import { routeSts } from './sts-api';

export interface FakeAwsOptions {
  counts?: EstateCounts;
  regions?: readonly string[];
  /** Added to every answer, throttling answers included (default 30 ms: a round trip to a nearby region). */
  latencyMs?: number;
  limits?: Record<ApiClass, BucketLimits>;
  /** One bucket per (region, class) (default), or per (region, class, action) as newer EC2 documentation says. */
  meterBy?: 'class' | 'action';
  /** How long IAM takes to build the credential report after the first GenerateCredentialReport. */
  reportDelayMs?: number;
  now?: () => number;
}

export interface FakeAws {
  /** `http://127.0.0.1:<port>`: give it to the SDK clients as `endpoint` (S3 with `forcePathStyle`). */
  endpoint: string;
  estate: Estate;
  stats(): CallStats;
  /** Forgets the counts, refills every bucket and the credential report: the next collector starts afresh. */
  reset(): void;
  close(): Promise<void>;
}

export const benchRegions = ['us-east-1', 'eu-west-1'] as const;
export const benchCredentials = { accessKeyId: 'BENCHFAKEACCESSKEY01', secretAccessKey: 'fake-bench-secret-not-a-credential' };

function route(req: ParsedRequest, deps: { estate: Estate; iam: IamState; details: () => ReturnType<typeof authorizationDetails>; buckets: Map<string, Estate['buckets'][number]>; now: () => number; reportDelayMs: number }): Routed | undefined {
  switch (req.service) {
    case 'ec2':
      return routeEc2(req, deps.estate);
    case 'iam':
      return routeIam(req, deps.estate, deps.iam, deps.details, deps.now, deps.reportDelayMs);
    case 'sts':
      return routeSts(req, deps.estate);
    case 's3':
      return req.path.startsWith(S3_CONTROL_PREFIX) ? routeS3Control(req) : routeS3(req, deps.estate, deps.buckets);
    default:
      return isJsonService(req.service) ? routeJson(req, deps.estate) : undefined;
  }
}

export async function startFakeAws(opts: FakeAwsOptions = {}): Promise<FakeAws> {
  const now = opts.now ?? (() => performance.now());
  const latencyMs = opts.latencyMs ?? 30;
  const limits = opts.limits ?? defaultLimits;
  const meterBy = opts.meterBy ?? 'class';
  const estate = buildEstate(opts.counts ?? fullEstate, opts.regions ?? benchRegions);
  const buckets = new Map(estate.buckets.map((b) => [b.name, b] as const));
  let details: ReturnType<typeof authorizationDetails> | undefined;
  const deps = { estate, buckets, now, reportDelayMs: opts.reportDelayMs ?? 0, iam: {} as IamState, details: () => (details ??= authorizationDetails(estate)) };
  let meter: RateMeter = createRateMeter(limits, meterBy, now);
  let counter = new CallCounter();

  const server: Server = createServer((req, res) => {
    void (async () => {
      const parsed = await parseRequest(req);
      const routed = route(parsed, deps);
      let answer: Answer;
      if (!routed) {
        answer = s3Error(400, 'UnknownService', `No fake for service '${parsed.service}'`);
      } else {
        const admitted = meter.admit(parsed.region, routed.apiClass, routed.api);
        counter.record(parsed.region, routed.apiClass, routed.api, parsed.retryKey, admitted);
        answer = admitted ? routed.respond() : routed.throttled();
      }
      if (latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, latencyMs));
      res.writeHead(answer.status, { 'content-type': answer.contentType ?? 'text/xml', 'x-amzn-requestid': 'fake', 'content-length': Buffer.byteLength(answer.body) });
      res.end(answer.body);
    })().catch((err: unknown) => {
      res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(`fake-aws failure: ${err instanceof Error ? err.message : String(err)}`);
    });
  });
  // The SDK keeps sockets alive between calls; a generous keep-alive avoids reconnect noise in the timings.
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    endpoint: `http://127.0.0.1:${port}`,
    estate,
    stats: () => counter.snapshot(),
    reset() {
      meter = createRateMeter(limits, meterBy, now);
      counter = new CallCounter();
      deps.iam = {};
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}
