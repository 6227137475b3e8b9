import type { PolicyStatement } from '@cspmexa/resources';
import { describe, expect, it } from 'vitest';
import { actionsCoverAll, actionsReachAny } from './action-patterns';

const statement = (extra: Partial<PolicyStatement>): PolicyStatement => ({ Effect: 'Allow', Principal: '*', Resource: '*', ...extra });

describe('actionsReachAny', () => {
  it('reaches a pattern through exact names, prefixes and wildcards, in a string or a list', () => {
    expect(actionsReachAny(statement({ Action: 's3:PutObject' }), 's3:Put*')).toBe(true);
    expect(actionsReachAny(statement({ Action: ['s3:GetObject', 's3:*'] }), 's3:Delete*')).toBe(true);
    expect(actionsReachAny(statement({ Action: '*' }), 's3:Put*')).toBe(true);
    expect(actionsReachAny(statement({ Action: 's3:*Object' }), 's3:Put*')).toBe(true);
    expect(actionsReachAny(statement({ Action: ['s3:GetObject', 's3:List*'] }), 's3:Put*')).toBe(false);
  });

  it('reads NotAction as everything except its exceptions', () => {
    expect(actionsReachAny(statement({ NotAction: 's3:GetObject' }), 's3:Put*')).toBe(true);
    expect(actionsReachAny(statement({ NotAction: ['s3:Put*', 's3:Delete*'] }), 's3:Put*')).toBe(false);
    expect(actionsReachAny(statement({ NotAction: 's3:*' }), 's3:Delete*')).toBe(false);
  });

  it('reaches nothing without an action element', () => {
    expect(actionsReachAny(statement({}), 's3:Put*')).toBe(false);
  });
});

describe('actionsCoverAll', () => {
  it('covers a pattern only with an equal or wider one', () => {
    expect(actionsCoverAll(statement({ Action: 's3:*' }), 's3:*')).toBe(true);
    expect(actionsCoverAll(statement({ Action: ['s3:GetObject', '*'] }), 's3:*')).toBe(true);
    expect(actionsCoverAll(statement({ Action: ['s3:GetObject', 's3:PutObject'] }), 's3:*')).toBe(false);
  });

  it('covers with NotAction when no exception touches the pattern', () => {
    expect(actionsCoverAll(statement({ NotAction: 'iam:*' }), 's3:*')).toBe(true);
    expect(actionsCoverAll(statement({ NotAction: 's3:GetObject' }), 's3:*')).toBe(false);
  });
});
