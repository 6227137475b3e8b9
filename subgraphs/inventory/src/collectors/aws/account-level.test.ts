import * as account from '@aws-sdk/client-account';
import * as config from '@aws-sdk/client-config-service';
import { afterEach, describe, expect, it } from 'vitest';
import { collectAccountContacts } from './account-contacts';
import { collectConfig } from './config';
import { ACCOUNT, awsError, installEstate, mocks } from './fixtures/estate';
import { retryingCaller, testScanContext } from './test-support';

const regions = ['eu-west-1', 'us-east-1'];

describe('AWS Config collector', () => {
  afterEach(() => Object.values(mocks).forEach((m) => m.reset()));

  it('reads the recorders and their status in every scanned region, one resource per region', async () => {
    installEstate();
    const { resources, errors } = await collectConfig(testScanContext({ regions }));
    expect(errors).toEqual([]);
    expect(resources).toEqual(
      regions.map((region) => ({
        kind: 'aws.config.region',
        arn: `arn:aws:config:${region}:${ACCOUNT}:configuration-recorders`,
        name: `AWS Config ${region}`,
        accountId: ACCOUNT,
        region,
        recorders: { state: 'ok', value: [{ name: 'default', allSupported: true, includeGlobalResourceTypes: true, resourceTypes: [] }] },
        statuses: { state: 'ok', value: [{ name: 'default', recording: true, lastStatus: 'Success' }] },
      })),
    );
  });

  it('reads the ALL_SUPPORTED_RESOURCE_TYPES strategy as recording everything, an exclusion list as not', async () => {
    installEstate();
    mocks.config.on(config.DescribeConfigurationRecordersCommand).resolves({
      ConfigurationRecorders: [
        { name: 'all', recordingGroup: { recordingStrategy: { useOnly: 'ALL_SUPPORTED_RESOURCE_TYPES' } } },
        { name: 'but', recordingGroup: { recordingStrategy: { useOnly: 'EXCLUSION_BY_RESOURCE_TYPES' }, exclusionByResourceTypes: { resourceTypes: ['AWS::EC2::Instance'] } } },
      ],
    });
    const { resources } = await collectConfig(testScanContext());
    expect(resources[0]).toMatchObject({ recorders: { value: [{ name: 'all', allSupported: true }, { name: 'but', allSupported: false, resourceTypes: ['AWS::EC2::Instance'] }] } });
  });

  it('X3 AccessDenied on the recorder status in one region: only that part of that region is an error', async () => {
    let denials = 0;
    installEstate((api) => (api === 'config:DescribeConfigurationRecorderStatus' && denials++ === 0 ? awsError('AccessDeniedException', 400) : undefined));
    const { resources, errors } = await collectConfig(testScanContext({ regions }));
    expect(errors).toEqual([expect.objectContaining({ api: 'config:DescribeConfigurationRecorderStatus', code: 'AccessDeniedException', message: expect.stringContaining('(needs config:DescribeConfigurationRecorderStatus)') })]);
    const failedRegion = errors[0]?.region;
    expect(resources.find((r) => r.region === failedRegion)).toMatchObject({ recorders: { state: 'ok' }, statuses: { state: 'error' } });
    expect(resources.find((r) => r.region !== failedRegion)).toMatchObject({ statuses: { state: 'ok' } });
  });

  it('X1 retries a throttled Config call', async () => {
    let throttled = 0;
    installEstate((api) => (api === 'config:DescribeConfigurationRecorders' && throttled++ < 2 ? awsError('ThrottlingException', 400) : undefined));
    const { resources, errors } = await collectConfig(testScanContext({ caller: retryingCaller() }));
    expect(errors).toEqual([]);
    expect(throttled).toBe(3);
    expect(resources[0]).toMatchObject({ recorders: { state: 'ok' } });
  });
});

describe('alternate contacts collector', () => {
  afterEach(() => Object.values(mocks).forEach((m) => m.reset()));

  it('reads the SECURITY alternate contact', async () => {
    installEstate();
    const { resources, errors } = await collectAccountContacts(testScanContext());
    expect(errors).toEqual([]);
    expect(resources).toEqual([
      {
        kind: 'aws.account.contacts',
        arn: `arn:aws:account::${ACCOUNT}:account`,
        name: 'Alternate contacts',
        accountId: ACCOUNT,
        region: 'global',
        securityContact: { state: 'ok', value: { name: 'Security team', title: 'CISO', emailAddress: 'security@example.com', phoneNumber: '+1 555 0100' } },
      },
    ]);
    expect(mocks.account.commandCalls(account.GetAlternateContactCommand)[0]?.args[0].input).toEqual({ AlternateContactType: 'SECURITY' });
  });

  it('none registered (ResourceNotFoundException) is absent; a denial is an error naming account:GetAlternateContact', async () => {
    installEstate((api) => (api === 'account:GetAlternateContact' ? awsError('ResourceNotFoundException', 404) : undefined));
    const none = await collectAccountContacts(testScanContext());
    expect(none).toMatchObject({ errors: [], resources: [{ securityContact: { state: 'absent' } }] });
    installEstate((api) => (api === 'account:GetAlternateContact' ? awsError('AccessDeniedException', 403) : undefined));
    const denied = await collectAccountContacts(testScanContext());
    expect(denied.resources[0]).toMatchObject({ securityContact: { state: 'error', code: 'AccessDeniedException' } });
    expect(denied.errors).toEqual([expect.objectContaining({ api: 'account:GetAlternateContact', region: 'global', message: expect.stringContaining('(needs account:GetAlternateContact)') })]);
  });

  it('X1 retries a throttled GetAlternateContact', async () => {
    let throttled = 0;
    installEstate((api) => (api === 'account:GetAlternateContact' && throttled++ < 1 ? awsError('TooManyRequestsException', 429) : undefined));
    const { resources, errors } = await collectAccountContacts(testScanContext({ caller: retryingCaller() }));
    expect(errors).toEqual([]);
    expect(resources[0]).toMatchObject({ securityContact: { state: 'ok' } });
  });
});
