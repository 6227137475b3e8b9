import type { PolicyStatement } from '@cspmexa/resources';
import { describe, expect, it } from 'vitest';
import { evaluateCheck } from '../../../engine/evaluate-check';
import { accessDenied } from '../lib/iam-fixture';
import { FULL_ADMIN, iamPolicy, READ_BUCKET } from '../lib/policy-fixture';
import { check } from './check';

const verdict = (...statements: PolicyStatement[]) => evaluateCheck(check, iamPolicy(statements))[0]!;

describe('iam_policy_no_full_admin_attached (IAM-15)', () => {
  it('IAM-15 fails for Action "*" and for Action "*:*" on Resource "*"', () => {
    expect(verdict(FULL_ADMIN).status).toBe('FAIL');
    expect(verdict({ Effect: 'Allow', Action: '*:*', Resource: '*' }).status).toBe('FAIL');
  });

  it('IAM-15 finds "*" inside Action and Resource arrays, naming the statement', () => {
    const result = verdict(READ_BUCKET, { Sid: 'Sneaky', Effect: 'Allow', Action: ['ec2:Describe*', '*'], Resource: ['arn:aws:s3:::x', '*'] });
    expect(result.status).toBe('FAIL');
    expect(result.message).toContain('statement Sneaky');
  });

  it('IAM-15 still fails when a condition (MFA) guards the statement', () => {
    const result = verdict({ ...FULL_ADMIN, Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } } });
    expect(result.status).toBe('FAIL');
    expect(result.message).toContain('conditions only narrow who may use it');
  });

  it('IAM-15 passes for NotAction (all but some actions), service wildcards and narrower resources', () => {
    expect(verdict({ Effect: 'Allow', NotAction: ['iam:*', 'organizations:*'], Resource: '*' }).status).toBe('PASS');
    expect(verdict({ Effect: 'Allow', Action: 's3:*', Resource: '*' }).status).toBe('PASS');
    expect(verdict({ Effect: 'Allow', Action: '*', Resource: ['arn:aws:s3:::sandbox', 'arn:aws:s3:::sandbox/*'] }).status).toBe('PASS');
  });

  it('IAM-15 passes for a Deny "*" on "*"', () => {
    expect(verdict({ Effect: 'Deny', Action: '*', Resource: '*' }).status).toBe('PASS');
  });

  it('IAM-15 ignores unattached policies unless includeUnattached', () => {
    const unattached = iamPolicy([FULL_ADMIN], { attachmentCount: 0 });
    expect(evaluateCheck(check, unattached)[0]?.status).toBe('PASS');
    expect(evaluateCheck(check, unattached, { settings: { includeUnattached: true } })[0]?.status).toBe('FAIL');
  });

  it('IAM-15 is UNKNOWN naming GetPolicyVersion when the document could not be read', () => {
    const [result] = evaluateCheck(check, iamPolicy([], { document: accessDenied('GetPolicyVersion') }));
    expect(result?.status).toBe('UNKNOWN');
    expect(result?.message).toContain('GetPolicyVersion failed with AccessDenied');
  });
});
