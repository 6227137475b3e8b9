import type { PolicyStatement } from '@cspmexa/resources';
import { describe, expect, it } from 'vitest';
import { evaluateCheck } from '../../../engine/evaluate-check';
import { FULL_ADMIN, iamPolicy } from '../lib/policy-fixture';
import { check } from './check';

const verdict = (...statements: PolicyStatement[]) => evaluateCheck(check, iamPolicy(statements))[0]!;
const allow = (Action: string | string[]): PolicyStatement => ({ Effect: 'Allow', Action, Resource: '*' });

describe('iam_policy_no_privilege_escalation (IAM-18)', () => {
  it('IAM-18 fails for "iam:*", naming the paths it opens', () => {
    const result = verdict(allow('iam:*'));
    expect(result.status).toBe('FAIL');
    expect(result.message).toContain('iam:CreatePolicyVersion');
    expect(result.message).not.toContain('ec2:RunInstances');
  });

  it('IAM-18 fails for a combination split over statements, and passes for half of it', () => {
    expect(verdict(allow('iam:PassRole'), allow(['lambda:CreateFunction', 'lambda:InvokeFunction'])).message).toContain('iam:PassRole + lambda:CreateFunction + lambda:InvokeFunction');
    expect(verdict(allow(['lambda:CreateFunction', 'lambda:InvokeFunction'])).status).toBe('PASS');
  });

  it('IAM-18 counts NotAction as granting everything it does not list', () => {
    expect(verdict({ Effect: 'Allow', NotAction: 's3:*', Resource: '*' }).status).toBe('FAIL');
  });

  it('IAM-18 lets an unconditional Deny in the same policy take an action back', () => {
    expect(verdict(allow('iam:CreateAccessKey'), { Effect: 'Deny', Action: 'iam:Create*', Resource: '*' }).status).toBe('PASS');
    const conditional: PolicyStatement = { Effect: 'Deny', Action: 'iam:*', Resource: '*', Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'false' } } };
    expect(verdict(allow('iam:CreateAccessKey'), conditional).status).toBe('FAIL');
  });

  it('IAM-18 skips AWS-managed and unattached policies unless asked', () => {
    const managed = iamPolicy([FULL_ADMIN], { awsManaged: true });
    expect(evaluateCheck(check, managed)[0]?.status).toBe('PASS');
    expect(evaluateCheck(check, managed, { settings: { includeAwsManaged: true } })[0]?.status).toBe('FAIL');
    expect(evaluateCheck(check, iamPolicy([FULL_ADMIN], { attachmentCount: 0 }))[0]?.status).toBe('PASS');
  });

  it('IAM-18 rejects a malformed combo setting instead of ignoring it', () => {
    expect(() => evaluateCheck(check, iamPolicy([allow('iam:*')]), { settings: { escalationCombos: ['iam PassRole'] } })).toThrow(/not a list of service:Action/);
  });
});
