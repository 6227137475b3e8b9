import { describe, expect, it } from 'vitest';
import { IAM_POLICY_CHANGES, NACL_CHANGE_EVENTS, patternCovers, ROOT_USAGE, SECURITY_GROUP_CHANGE_EVENTS } from './cis-monitoring';

/** The CIS pattern with one more term ANDed in: `{ <cis> && (<term>) }`. */
const narrowed = (cisPattern: string, term: string) => `{ (${cisPattern.trim().slice(1, -1)}) && (${term}) }`;

describe('patternCovers', () => {
  it.each([
    ['root usage', ROOT_USAGE],
    ['IAM policy changes', IAM_POLICY_CHANGES],
    ['security group changes', SECURITY_GROUP_CHANGE_EVENTS],
    ['NACL changes', NACL_CHANGE_EVENTS],
  ])('ACC-09 accepts the CIS pattern itself for %s', (_name, events) => {
    expect(patternCovers(events.cisPattern, events)).toBe(true);
  });

  it.each([
    ['one region', '$.awsRegion = "us-east-1"'],
    ['a region left out', '$.awsRegion != "sa-east-1"'],
    ['one caller type', '$.userIdentity.type = "IAMUser"'],
    ['successful calls only', '$.errorCode NOT EXISTS'],
    ['one recipient account', '$.recipientAccountId = "111122223333"'],
    ['writes only', '$.readOnly IS FALSE'],
  ])('ACC-09 refuses a security group filter narrowed to %s: it misses events CIS wants alarmed', (_name, term) => {
    expect(patternCovers(narrowed(SECURITY_GROUP_CHANGE_EVENTS.cisPattern, term), SECURITY_GROUP_CHANGE_EVENTS)).toBe(false);
  });

  it('ACC-09 refuses a root usage filter narrowed to successful calls or one region', () => {
    expect(patternCovers(narrowed(ROOT_USAGE.cisPattern, '$.errorCode NOT EXISTS'), ROOT_USAGE)).toBe(false);
    expect(patternCovers(narrowed(ROOT_USAGE.cisPattern, '$.awsRegion = "eu-west-1"'), ROOT_USAGE)).toBe(false);
  });

  it('ACC-09 accepts an IAM filter narrowed to us-east-1, where CloudTrail records every IAM call, but not to another region', () => {
    expect(patternCovers(narrowed(IAM_POLICY_CHANGES.cisPattern, '$.awsRegion = "us-east-1"'), IAM_POLICY_CHANGES)).toBe(true);
    expect(patternCovers(narrowed(IAM_POLICY_CHANGES.cisPattern, '$.awsRegion = "eu-west-1"'), IAM_POLICY_CHANGES)).toBe(false);
    expect(patternCovers(narrowed(IAM_POLICY_CHANGES.cisPattern, '$.eventSource = "iam.amazonaws.com"'), IAM_POLICY_CHANGES)).toBe(true);
  });

  it('ACC-09 accepts terms that widen the filter without matching what CIS leaves out', () => {
    const widened = `{ ${NACL_CHANGE_EVENTS.cisPattern.trim().slice(1, -1)} || ($.eventName = "CreateNetworkAclAssociation") }`;
    expect(patternCovers(widened, NACL_CHANGE_EVENTS)).toBe(true);
    expect(patternCovers(narrowed(SECURITY_GROUP_CHANGE_EVENTS.cisPattern, '$.awsRegion = "*"'), SECURITY_GROUP_CHANGE_EVENTS)).toBe(true);
  });
});
