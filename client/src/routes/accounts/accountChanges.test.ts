import { describe, expect, it } from 'vitest';
import { accountChanges, parseRegions } from './EditAccountDialog';

const role = { id: 'a', name: 'Prod', authMethod: 'ASSUME_ROLE', roleArn: 'arn:aws:iam::123456789012:role/R', regions: ['eu-west-1'] };
const keys = { id: 'b', name: 'Legacy', authMethod: 'ACCESS_KEYS', accessKeyIdLast4: 'WXYZ', regions: null };
const form = (overrides: Partial<Parameters<typeof accountChanges>[1]> = {}) => ({ name: 'Prod', regions: 'eu-west-1', roleArn: role.roleArn, accessKeyId: '', secretAccessKey: '', ...overrides });

describe('account edits', () => {
  it('sends nothing when nothing changed, and only the changed fields otherwise', () => {
    expect(accountChanges(role, form())).toEqual({});
    expect(accountChanges(role, form({ regions: '' }))).toEqual({ regions: null });
    expect(accountChanges(role, form({ roleArn: 'arn:aws:iam::123456789012:role/S ' }))).toEqual({ roleArn: 'arn:aws:iam::123456789012:role/S' });
  });

  it('replaces keys only when new ones are typed, and never sends a role ARN for a keys account', () => {
    expect(accountChanges(keys, form({ name: 'Legacy', regions: '', roleArn: 'ignored' }))).toEqual({});
    expect(accountChanges(keys, form({ name: 'Legacy', regions: '', accessKeyId: 'NEWKEYID00000001', secretAccessKey: 's3cret' }))).toEqual({
      accessKeyId: 'NEWKEYID00000001',
      secretAccessKey: 's3cret',
    });
  });

  it('reads regions separated by commas or spaces', () => {
    expect(parseRegions(' eu-west-1,us-east-1  ap-south-1 ')).toEqual(['eu-west-1', 'us-east-1', 'ap-south-1']);
    expect(parseRegions('  ')).toBeNull();
  });
});
