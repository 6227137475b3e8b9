import { ListAnalyzersCommand, type AnalyzerSummary, type ListAnalyzersCommandInput } from '@aws-sdk/client-accessanalyzer';
import { afterEach, describe, expect, it } from 'vitest';
import { collectAccessAnalyzer } from './access-analyzer';
import { ACCOUNT, awsError, installEstate, mocks } from './fixtures/estate';
import { retryingCaller, testScanContext } from './test-support';

const regions = ['eu-west-1', 'us-east-1'];
const summary = (name: string, type: string, status: string, region = 'us-east-1'): AnalyzerSummary =>
  ({ name, type, status, arn: `arn:aws:access-analyzer:${region}:${ACCOUNT}:analyzer/${name}`, createdAt: new Date('2025-01-02T03:04:05Z') }) as AnalyzerSummary;

describe('IAM Access Analyzer collector', () => {
  afterEach(() => Object.values(mocks).forEach((m) => m.reset()));

  it('lists the analyzers of every scanned region, one resource per region, without filtering by type', async () => {
    installEstate();
    const { resources, errors } = await collectAccessAnalyzer(testScanContext({ regions }));
    expect(errors).toEqual([]);
    expect(resources).toEqual(
      regions.map((region) => ({
        kind: 'aws.accessanalyzer.region',
        arn: `arn:aws:access-analyzer:${region}:${ACCOUNT}:analyzers`,
        name: `Access Analyzer (${region})`,
        accountId: ACCOUNT,
        region,
        analyzers: { state: 'ok', value: [{ name: 'account-analyzer', arn: `arn:aws:access-analyzer:us-east-1:${ACCOUNT}:analyzer/account-analyzer`, type: 'ACCOUNT', status: 'ACTIVE' }] },
      })),
    );
    // One call per region, every type at once: the check decides which types count.
    const inputs = mocks.accessanalyzer.commandCalls(ListAnalyzersCommand).map((c) => c.args[0].input);
    expect(inputs).toEqual([{}, {}]);
  });

  it('follows nextToken across pages and keeps every analyzer, whatever its type and status', async () => {
    installEstate();
    const pages: Record<string, { analyzers: AnalyzerSummary[]; nextToken?: string }> = {
      first: { analyzers: [summary('org', 'ORGANIZATION', 'ACTIVE'), summary('unused', 'ACCOUNT_UNUSED_ACCESS', 'ACTIVE')], nextToken: 'p2' },
      p2: { analyzers: [summary('new', 'ACCOUNT', 'CREATING')], nextToken: 'p3' },
      p3: { analyzers: [summary('off', 'ACCOUNT', 'DISABLED'), summary('broken', 'ACCOUNT', 'FAILED')] },
    };
    mocks.accessanalyzer.on(ListAnalyzersCommand).callsFake(async (input: ListAnalyzersCommandInput) => pages[input.nextToken ?? 'first']);
    const { resources, errors } = await collectAccessAnalyzer(testScanContext());
    expect(errors).toEqual([]);
    expect(resources[0]).toMatchObject({
      analyzers: {
        state: 'ok',
        value: [
          { name: 'org', type: 'ORGANIZATION', status: 'ACTIVE' },
          { name: 'unused', type: 'ACCOUNT_UNUSED_ACCESS', status: 'ACTIVE' },
          { name: 'new', type: 'ACCOUNT', status: 'CREATING' },
          { name: 'off', type: 'ACCOUNT', status: 'DISABLED' },
          { name: 'broken', type: 'ACCOUNT', status: 'FAILED' },
        ],
      },
    });
    expect(mocks.accessanalyzer.commandCalls(ListAnalyzersCommand).map((c) => c.args[0].input.nextToken)).toEqual([undefined, 'p2', 'p3']);
  });

  it('a region without analyzers is an empty list (the check FAILs it), not absent', async () => {
    installEstate();
    mocks.accessanalyzer.on(ListAnalyzersCommand).resolves({ analyzers: [] });
    const { resources, errors } = await collectAccessAnalyzer(testScanContext());
    expect(errors).toEqual([]);
    expect(resources[0]).toMatchObject({ analyzers: { state: 'ok', value: [] } });
  });

  it('X3 AccessDenied in one region: that region\'s list is an error naming access-analyzer:ListAnalyzers, the other is read', async () => {
    let denials = 0;
    installEstate((api) => (api === 'accessanalyzer:ListAnalyzers' && denials++ === 0 ? awsError('AccessDeniedException', 403) : undefined));
    const { resources, errors } = await collectAccessAnalyzer(testScanContext({ regions }));
    expect(errors).toEqual([
      {
        api: 'access-analyzer:ListAnalyzers',
        region: expect.any(String),
        resourceArn: expect.stringMatching(/^arn:aws:access-analyzer:/),
        code: 'AccessDeniedException',
        message: expect.stringContaining('(needs access-analyzer:ListAnalyzers)'),
      },
    ]);
    const failedRegion = errors[0]?.region;
    expect(errors[0]?.resourceArn).toBe(`arn:aws:access-analyzer:${failedRegion}:${ACCOUNT}:analyzers`);
    expect(resources.find((r) => r.region === failedRegion)).toMatchObject({ analyzers: { state: 'error', api: 'access-analyzer:ListAnalyzers', code: 'AccessDeniedException' } });
    expect(resources.find((r) => r.region !== failedRegion)).toMatchObject({ analyzers: { state: 'ok' } });
  });

  it('a page that cannot be read makes the whole list an error, never the pages read before it', async () => {
    installEstate();
    mocks.accessanalyzer
      .on(ListAnalyzersCommand)
      .resolvesOnce({ analyzers: [summary('a', 'ACCOUNT', 'ACTIVE')], nextToken: 'p2' })
      .rejects(awsError('InternalServerException', 500));
    const { resources, errors } = await collectAccessAnalyzer(testScanContext());
    expect(resources[0]).toMatchObject({ analyzers: { state: 'error', code: 'InternalServerException' } });
    expect(errors).toEqual([expect.objectContaining({ api: 'access-analyzer:ListAnalyzers', code: 'InternalServerException' })]);
  });

  it('X1 retries a throttled ListAnalyzers', async () => {
    let throttled = 0;
    installEstate((api) => (api === 'accessanalyzer:ListAnalyzers' && throttled++ < 2 ? awsError('ThrottlingException', 429) : undefined));
    const { resources, errors } = await collectAccessAnalyzer(testScanContext({ caller: retryingCaller() }));
    expect(errors).toEqual([]);
    expect(throttled).toBe(3);
    expect(resources[0]).toMatchObject({ analyzers: { state: 'ok', value: [{ name: 'account-analyzer', status: 'ACTIVE' }] } });
  });
});
