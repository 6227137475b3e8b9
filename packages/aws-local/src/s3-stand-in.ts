/**
 * A local S3 (and STS) endpoint for tests: s3rver serves buckets and objects; this front serves the bucket
 * configuration subresources that s3rver does not implement, in S3's REST/XML wire format, and STS (POST /, see
 * ./sts.ts), so the real SDK clients (via AWS_ENDPOINT_URL_S3 / _STS) and the real collector code run unchanged.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import fs from 'node:fs';
// @ts-expect-error s3rver ships no types
import S3rver from 's3rver';
// @ts-expect-error s3rver ships no types: its one account, whose key pairs sign every S3 request
import S3rverAccount from 's3rver/lib/models/account.js';
import {
  aclXml,
  ALL_USERS,
  defaultBucketConfig,
  encryptionXml,
  errorXml,
  loggingXml,
  objectLockXml,
  ownershipControlsXml,
  policyIsPublic,
  policyStatusXml,
  publicAccessBlockXml,
  taggingXml,
  versioningXml,
  type StandInBucketConfig,
} from './s3-bucket-config';
import { listAnalyzersBody, signingScope, type StandInAnalyzer } from './access-analyzer';
import { answerQueryApi, answerS3Control, queryApiServices } from './account-apis';
import { answerJsonApi, jsonRoute } from './json-apis';
import { answerOrganizations, organizationsError, ORGANIZATIONS_TARGET_PREFIX, type StandInMember } from './organizations';
import { createStsStandIn, type StandInRole, type StsStandIn } from './sts';

export { STAND_IN_CREDENTIALS } from './sts';

export interface S3StandIn extends Omit<StsStandIn, 'handle'> {
  /** The endpoint to give the SDK (every AWS_ENDPOINT_URL_<SERVICE> of `standInEndpointEnv`). */
  endpoint: string;
  /** The account GetCallerIdentity answers for the stand-in's own credentials. */
  accountId: string;
  configure(bucket: string, change: Partial<StandInBucketConfig>): void;
  /** Makes every request for this bucket's `subresource` fail with an S3 error (fault injection). */
  failSubresource(bucket: string, subresource: string, code: string, status?: number): void;
  /**
   * Makes every call of one API fail with that code: EC2/IAM actions (`ec2:DescribeVolumes`),
   * `s3control:GetPublicAccessBlock`, `s3:ListBuckets`, `organizations:ListAccounts`, JSON APIs
   * (`cloudtrail:ListTrails`, `account:GetAlternateContact`, `access-analyzer:ListAnalyzers`).
   */
  failApi(api: string, code: string, status?: number): void;
  /** The member accounts Organizations ListAccounts answers; null: the account is in no organization. */
  setOrganization(members: StandInMember[] | null): void;
  /** The analyzers access-analyzer:ListAnalyzers answers in one region (replacing what was there). */
  setAnalyzers(region: string, analyzers: StandInAnalyzer[]): void;
  /** Removes every injected fault. */
  clearFailures(): void;
  /** Requests served, by `METHOD bucket?subresource`, `STS Action`, `EC2 Action`, `CLOUDTRAIL Action`... (for asserting API call counts). */
  calls: Map<string, number>;
  close(): Promise<void>;
}

const SUBRESOURCES = ['acl', 'policy', 'policyStatus', 'publicAccessBlock', 'encryption', 'versioning', 'logging', 'tagging', 'ownershipControls', 'object-lock'];

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let s = '';
    req.setEncoding('utf8');
    req.on('data', (d: string) => (s += d)).on('end', () => resolve(s)).on('error', reject);
  });
}

const flag = (xml: string, tag: string) => new RegExp(`<${tag}>\\s*true\\s*</${tag}>`, 'i').test(xml);

export interface S3StandInOptions {
  buckets: Record<string, Partial<StandInBucketConfig>>;
  accountId?: string;
  /** Roles whose trust policy requires an ExternalId (A1). */
  roles?: Record<string, StandInRole>;
  /** Static keys, besides STAND_IN_CREDENTIALS, that sign S3 requests and identify as an IAM user to STS. */
  accessKeys?: { accessKeyId: string; secretAccessKey: string }[];
  /** Organizations members; unset: the account is in no organization. */
  organization?: StandInMember[];
  /** IAM Access Analyzer analyzers by region; unset: none anywhere. */
  analyzers?: Record<string, StandInAnalyzer[]>;
}

export async function startS3StandIn(opts: S3StandInOptions): Promise<S3StandIn> {
  const accountId = opts.accountId ?? '123456789012';
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 's3rver-'));
  const configs = new Map<string, StandInBucketConfig>();
  for (const [name, c] of Object.entries(opts.buckets)) configs.set(name, { ...defaultBucketConfig(), ...c });
  const faults = new Map<string, { code: string; status: number }>();
  const apiFaults = new Map<string, { code: string; status: number }>();
  const calls = new Map<string, number>();
  const sts = createStsStandIn(accountId);
  for (const [arn, role] of Object.entries(opts.roles ?? {})) sts.defineRole(arn, role);
  for (const keys of opts.accessKeys ?? []) {
    sts.addAccessKeys(keys);
    S3rverAccount.DUMMY_ACCOUNT.createKeyPair(keys.accessKeyId, keys.secretAccessKey);
  }
  let organization = opts.organization ?? null;
  const analyzers = new Map(Object.entries(opts.analyzers ?? {}));
  const count = (key: string) => calls.set(key, (calls.get(key) ?? 0) + 1);

  const s3rver = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory,
    configureBuckets: Object.keys(opts.buckets).map((name) => ({ name })),
  });
  const backend = (await s3rver.run()) as AddressInfo;

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://local');
    const bucket = url.pathname.split('/').filter(Boolean)[0];
    const hasKey = url.pathname.split('/').filter(Boolean).length > 1;
    const sub = SUBRESOURCES.find((s) => url.searchParams.has(s));
    const send = (status: number, body: string, type = 'application/xml') => {
      res.writeHead(status, { 'content-type': type, 'x-amz-request-id': 'standin' });
      res.end(body);
    };
    const handle = async () => {
      if (url.pathname.startsWith('/v20180820/')) {
        calls.set(`S3CONTROL ${req.method} ${url.pathname}`, (calls.get(`S3CONTROL ${req.method} ${url.pathname}`) ?? 0) + 1);
        const fault = apiFaults.get('s3control:GetPublicAccessBlock');
        if (fault) return send(fault.status, `<Error><Code>${fault.code}</Code><Message>Injected ${fault.code}</Message></Error>`);
        const answer = answerS3Control(req.method ?? 'GET', url.pathname);
        return send(answer.status, answer.body);
      }
      const target = req.headers['x-amz-target'];
      if (req.method === 'POST' && typeof target === 'string' && target.startsWith(ORGANIZATIONS_TARGET_PREFIX)) {
        const action = target.slice(ORGANIZATIONS_TARGET_PREFIX.length);
        count(`ORGANIZATIONS ${action}`);
        const fault = apiFaults.get(`organizations:${action}`);
        const answer = fault ? organizationsError(fault.code, `Injected ${fault.code}`, fault.status) : answerOrganizations(action, await readBody(req), organization);
        return send(answer.status, answer.body, 'application/x-amz-json-1.1');
      }
      if (req.method === 'GET' && url.pathname === '/' && apiFaults.has('s3:ListBuckets')) {
        const fault = apiFaults.get('s3:ListBuckets')!;
        count('GET /');
        return send(fault.status, errorXml(fault.code, `Injected ${fault.code}`, ''));
      }
      const json = jsonRoute(req.method ?? 'GET', url.pathname, typeof target === 'string' ? target : undefined, req.headers.authorization);
      if (json) {
        await readBody(req);
        count(`${json.service.toUpperCase()} ${json.action}`);
        const region = signingScope(req.headers.authorization)?.region ?? 'us-east-1';
        const state = json.service === 'access-analyzer' ? () => listAnalyzersBody(url.searchParams, region, accountId, analyzers.get(region) ?? []) : undefined;
        const answer = answerJsonApi(json.service, json.action, apiFaults.get(`${json.service}:${json.action}`), state);
        res.writeHead(answer.status, { ...answer.headers, 'x-amzn-requestid': 'standin' });
        return res.end(answer.body);
      }
      if (req.method === 'POST' && url.pathname === '/') {
        const params = new URLSearchParams(await readBody(req));
        const action = params.get('Action') ?? '';
        const service = queryApiServices[params.get('Version') ?? ''];
        if (service) {
          calls.set(`${service.toUpperCase()} ${action}`, (calls.get(`${service.toUpperCase()} ${action}`) ?? 0) + 1);
          const answer = answerQueryApi(service, action, accountId, apiFaults.get(`${service}:${action}`));
          return send(answer.status, answer.body, 'text/xml');
        }
        const key = `STS ${params.get('Action')}`;
        calls.set(key, (calls.get(key) ?? 0) + 1);
        const answer = await sts.handle(params, req.headers);
        return send(answer.status, answer.body, 'text/xml');
      }
      if (!bucket || !sub || hasKey) return proxy(req, res, backend.port);
      const key = `${req.method} ${bucket}?${sub}`;
      calls.set(key, (calls.get(key) ?? 0) + 1);
      const config = configs.get(bucket);
      if (!config) return send(404, errorXml('NoSuchBucket', 'The specified bucket does not exist', bucket));
      const fault = faults.get(`${bucket}?${sub}`);
      if (fault) return send(fault.status, errorXml(fault.code, `Injected ${fault.code}`, bucket));
      if (req.method === 'GET') return send(...getSubresource(config, sub, bucket));
      if (req.method === 'PUT' || req.method === 'DELETE') {
        applyChange(config, sub, req.method, await readBody(req), req.headers['x-amz-acl']);
        return send(req.method === 'PUT' ? 200 : 204, '');
      }
      return send(405, errorXml('MethodNotAllowed', 'Method not allowed', bucket));
    };
    handle().catch((err: unknown) => send(500, errorXml('InternalError', String(err), bucket ?? '')));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    endpoint: `http://127.0.0.1:${port}`,
    accountId,
    calls,
    assumeRoleCalls: sts.assumeRoleCalls,
    defineRole: sts.defineRole,
    addAccessKeys: (keys, userName) => {
      sts.addAccessKeys(keys, userName);
      S3rverAccount.DUMMY_ACCOUNT.createKeyPair(keys.accessKeyId, keys.secretAccessKey);
    },
    setOrganization: (members) => {
      organization = members;
    },
    setAnalyzers: (region, list) => void analyzers.set(region, list),
    denyAssumeRole: sts.denyAssumeRole,
    delayAssumeRole: sts.delayAssumeRole,
    configure: (bucket, change) => configs.set(bucket, { ...(configs.get(bucket) ?? defaultBucketConfig()), ...change }),
    failSubresource: (bucket, sub, code, status = 403) => faults.set(`${bucket}?${sub}`, { code, status }),
    failApi: (api, code, status = 403) => apiFaults.set(api, { code, status }),
    clearFailures: () => {
      faults.clear();
      apiFaults.clear();
    },
    close: async () => {
      // SDK clients keep sockets alive; a test that forgot to destroy one must not hang the close.
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await s3rver.close();
      fs.rmSync(directory, { recursive: true, force: true });
    },
  };
}

function getSubresource(c: StandInBucketConfig, sub: string, bucket: string): [number, string] {
  switch (sub) {
    case 'acl':
      return [200, aclXml(c)];
    case 'policy':
      return c.policy ? [200, c.policy] : [404, errorXml('NoSuchBucketPolicy', 'The bucket policy does not exist', bucket)];
    case 'policyStatus':
      return c.policy ? [200, policyStatusXml(policyIsPublic(c.policy))] : [404, errorXml('NoSuchBucketPolicy', 'The bucket policy does not exist', bucket)];
    case 'publicAccessBlock':
      return c.publicAccessBlock
        ? [200, publicAccessBlockXml(c.publicAccessBlock)]
        : [404, errorXml('NoSuchPublicAccessBlockConfiguration', 'The public access block configuration was not found', bucket)];
    case 'encryption':
      return c.encryption
        ? [200, encryptionXml(c.encryption)]
        : [404, errorXml('ServerSideEncryptionConfigurationNotFoundError', 'The server side encryption configuration was not found', bucket)];
    case 'versioning':
      return [200, versioningXml(c.versioning)];
    case 'logging':
      return [200, loggingXml(c.logging)];
    case 'ownershipControls':
      return c.ownershipControls
        ? [200, ownershipControlsXml(c.ownershipControls)]
        : [404, errorXml('OwnershipControlsNotFoundError', 'The bucket ownership controls were not found', bucket)];
    case 'object-lock':
      return c.objectLock
        ? [200, objectLockXml(c.objectLock)]
        : [404, errorXml('ObjectLockConfigurationNotFoundError', 'Object Lock configuration does not exist for this bucket', bucket)];
    default:
      return c.tags && Object.keys(c.tags).length ? [200, taggingXml(c.tags)] : [404, errorXml('NoSuchTagSet', 'The TagSet does not exist', bucket)];
  }
}

function applyChange(c: StandInBucketConfig, sub: string, method: string, body: string, cannedAcl: string | string[] | undefined): void {
  if (sub === 'policy') c.policy = method === 'PUT' ? body : undefined;
  if (sub === 'acl' && method === 'PUT') {
    const owner = c.grants.filter((g) => g.type === 'CanonicalUser');
    c.grants = cannedAcl === 'public-read' ? [...owner, { type: 'Group', uri: ALL_USERS, permission: 'READ' }] : owner;
  }
  if (sub === 'publicAccessBlock') {
    c.publicAccessBlock =
      method === 'PUT'
        ? {
            blockPublicAcls: flag(body, 'BlockPublicAcls'),
            ignorePublicAcls: flag(body, 'IgnorePublicAcls'),
            blockPublicPolicy: flag(body, 'BlockPublicPolicy'),
            restrictPublicBuckets: flag(body, 'RestrictPublicBuckets'),
          }
        : undefined;
  }
}

/** Everything else (ListBuckets, objects, CreateBucket) goes to s3rver as it came. */
function proxy(req: http.IncomingMessage, res: http.ServerResponse, port: number): void {
  const upstream = http.request({ host: '127.0.0.1', port, method: req.method, path: req.url, headers: req.headers }, (up) => {
    res.writeHead(up.statusCode ?? 502, up.headers);
    up.pipe(res);
  });
  upstream.on('error', () => {
    res.writeHead(502);
    res.end();
  });
  req.pipe(upstream);
}
