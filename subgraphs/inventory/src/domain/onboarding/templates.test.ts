import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { cloudFormationTemplate, ROLE_LOGICAL_ID } from './cloudformation';
import { DEFAULT_ROLE_NAME, EXTRA_READ_ACTIONS, readOnlyRole } from './read-only-role';
import { hclString, terraformSnippet } from './terraform';

const externalId = 'Zq3-externalId_0123456789abcdefghij';
const principal = 'arn:aws:iam::111122223333:root';
const role = readOnlyRole({ externalId, trustedPrincipalArn: principal });

const expectedTrust = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: { AWS: principal }, Action: 'sts:AssumeRole', Condition: { StringEquals: { 'sts:ExternalId': externalId } } }],
};
const managed = ['arn:aws:iam::aws:policy/SecurityAudit', 'arn:aws:iam::aws:policy/job-function/ViewOnlyAccess'];

/**
 * Reads the Terraform the way terraform would for this snippet's subset of HCL: top-level `resource "t" "n" { }`
 * and `output "n" { }` blocks of `key = value` lines, where a value is a string, a number, a reference or
 * `jsonencode(<object>)` spanning lines until its closing parenthesis.
 */
function parseHclish(hcl: string): Map<string, Record<string, unknown>> {
  const blocks = new Map<string, Record<string, unknown>>();
  const lines = hcl.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const header = /^(resource|output) "([\w-]+)"(?: "([\w-]+)")? \{$/.exec(lines[i] ?? '');
    if (!header) continue;
    const attrs: Record<string, unknown> = {};
    for (i++; lines[i] !== '}'; i++) {
      const attr = /^ {2}(\w+)\s*=\s*(.*)$/.exec(lines[i] ?? '');
      if (!attr) throw new Error(`unexpected line ${i + 1}: ${lines[i]}`);
      let value = attr[2] as string;
      if (value.startsWith('jsonencode(')) {
        while (!value.endsWith(')')) value += `\n${lines[++i]}`;
        // HCL accepts `"key": value`, so the argument is the JSON document itself.
        attrs[attr[1] as string] = JSON.parse(value.slice('jsonencode('.length, -1));
      } else {
        attrs[attr[1] as string] = value.startsWith('"') ? JSON.parse(value) : /^\d+$/.test(value) ? Number(value) : { ref: value };
      }
    }
    blocks.set([header[1], header[2], header[3]].filter(Boolean).join('.'), attrs);
  }
  return blocks;
}

describe('read-only role onboarding templates (A1, A2)', () => {
  it('describes one role: the ExternalId condition on the trust, SecurityAudit and ViewOnlyAccess, and the extra reads', () => {
    expect(role.trustPolicy).toEqual(expectedTrust);
    expect(role.managedPolicyArns).toEqual(managed);
    expect(role.inlinePolicy.Statement).toEqual([{ Sid: 'CollectorReads', Effect: 'Allow', Action: [...EXTRA_READ_ACTIONS], Resource: '*' }]);
    // Read-only: every extra action reads or (the credential report) asks AWS to prepare a read.
    for (const action of EXTRA_READ_ACTIONS) expect(action).toMatch(/^[a-z0-9]+:(Get|List|Describe|GenerateCredentialReport)/);
    expect(readOnlyRole({ externalId, trustedPrincipalArn: 'arn:aws-us-gov:iam::111122223333:root' }).managedPolicyArns[0]).toBe('arn:aws-us-gov:iam::aws:policy/SecurityAudit');
  });

  it('A1 renders a CloudFormation template that parses as YAML with the same trust, policies and ExternalId', () => {
    const yaml = cloudFormationTemplate(role);
    expect(yaml.startsWith('# CSPMEXA read-only role.')).toBe(true);
    const template = parse(yaml);
    expect(template.AWSTemplateFormatVersion).toBe('2010-09-09');
    // A YAML 1.1 reader (CloudFormation's) must not see dates in the versions.
    const asYaml11 = parse(yaml, { version: '1.1' });
    expect(asYaml11.AWSTemplateFormatVersion).toBe('2010-09-09');
    expect(asYaml11.Resources[ROLE_LOGICAL_ID].Properties.AssumeRolePolicyDocument.Version).toBe('2012-10-17');
    const resource = template.Resources[ROLE_LOGICAL_ID];
    expect(resource.Type).toBe('AWS::IAM::Role');
    expect(resource.Properties).toMatchObject({
      RoleName: DEFAULT_ROLE_NAME,
      MaxSessionDuration: 3600,
      AssumeRolePolicyDocument: expectedTrust,
      ManagedPolicyArns: managed,
      Policies: [{ PolicyName: 'CSPMEXA-ReadOnly-CollectorReads', PolicyDocument: role.inlinePolicy }],
    });
    expect(template.Outputs.RoleArn.Value).toEqual({ 'Fn::GetAtt': [ROLE_LOGICAL_ID, 'Arn'] });
  });

  it('A1 renders Terraform with the same trust, policies and ExternalId', () => {
    const blocks = parseHclish(terraformSnippet(role));
    expect([...blocks.keys()]).toEqual([
      'resource.aws_iam_role.cspmexa_read_only',
      'resource.aws_iam_role_policy_attachment.cspmexa_read_only_security_audit',
      'resource.aws_iam_role_policy_attachment.cspmexa_read_only_view_only_access',
      'resource.aws_iam_role_policy.cspmexa_read_only_collector_reads',
      'output.cspmexa_role_arn',
    ]);
    expect(blocks.get('resource.aws_iam_role.cspmexa_read_only')).toEqual({
      name: DEFAULT_ROLE_NAME,
      description: role.description,
      max_session_duration: 3600,
      assume_role_policy: expectedTrust,
    });
    const attached = [...blocks.entries()].filter(([k]) => k.includes('policy_attachment')).map(([, v]) => v.policy_arn);
    expect(attached).toEqual(managed);
    expect(blocks.get('resource.aws_iam_role_policy.cspmexa_read_only_collector_reads')).toMatchObject({
      name: role.inlinePolicyName,
      role: { ref: 'aws_iam_role.cspmexa_read_only.id' },
      policy: role.inlinePolicy,
    });
    expect(blocks.get('output.cspmexa_role_arn')?.value).toEqual({ ref: 'aws_iam_role.cspmexa_read_only.arn' });
  });

  it('renders a custom role name in both, and escapes HCL template sequences', () => {
    const named = readOnlyRole({ externalId, trustedPrincipalArn: principal, roleName: 'SecurityScanner' });
    expect(parse(cloudFormationTemplate(named)).Resources[ROLE_LOGICAL_ID].Properties.RoleName).toBe('SecurityScanner');
    expect(parseHclish(terraformSnippet(named)).get('resource.aws_iam_role.cspmexa_read_only')?.name).toBe('SecurityScanner');
    expect(hclString('a${b}%{c}')).toBe('"a$${b}%%{c}"');
  });
});
