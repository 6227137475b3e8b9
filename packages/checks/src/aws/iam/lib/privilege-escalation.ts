import type { PolicyDocument, PolicyStatement } from '@cspmexa/resources';
import { coversAction } from '../../iam-policy/actions';
import { asList, policyStatements } from '../../iam-policy/statements';

/**
 * Known privilege-escalation paths (Rhino Security Labs' catalogue, as Prowler uses it): each entry is the set of
 * actions that together let a principal grant itself more than it has. Written "a+b" so that it fits a setting.
 */
export const DEFAULT_ESCALATION_COMBOS: readonly string[] = [
  'iam:CreatePolicyVersion',
  'iam:SetDefaultPolicyVersion',
  'iam:AttachUserPolicy',
  'iam:AttachGroupPolicy',
  'iam:AttachRolePolicy',
  'iam:PutUserPolicy',
  'iam:PutGroupPolicy',
  'iam:PutRolePolicy',
  'iam:CreateAccessKey',
  'iam:CreateLoginProfile',
  'iam:UpdateLoginProfile',
  'iam:AddUserToGroup',
  'iam:UpdateAssumeRolePolicy+sts:AssumeRole',
  'iam:PassRole+ec2:RunInstances',
  'iam:PassRole+lambda:CreateFunction+lambda:InvokeFunction',
  'iam:PassRole+lambda:CreateFunction+lambda:CreateEventSourceMapping',
  'iam:PassRole+cloudformation:CreateStack',
  'iam:PassRole+glue:CreateDevEndpoint',
  'iam:PassRole+datapipeline:CreatePipeline+datapipeline:PutPipelineDefinition',
  'glue:UpdateDevEndpoint',
  'lambda:UpdateFunctionCode',
];

export function parseCombos(entries: readonly string[]): string[][] {
  return entries.map((entry) => {
    const actions = entry.split('+').map((a) => a.trim());
    if (actions.some((a) => !/^[a-z0-9-]+:[A-Za-z0-9*]+$/.test(a))) throw new Error(`"${entry}" is not a list of service:Action joined by "+"`);
    return actions;
  });
}

/**
 * Whether the document allows `action`: some Allow statement covers it and no unconditional Deny on every
 * resource takes it back. Resources and conditions of the Allow are not weighed: a narrow PassRole still lets
 * the principal pass that role, so the combo is reported and the evidence shows the statement.
 */
function allows(statements: readonly PolicyStatement[], action: string): boolean {
  const denied = statements.some(
    (s) => s.Effect === 'Deny' && s.Condition === undefined && asList(s.Resource).includes('*') && coversAction(s, action),
  );
  return !denied && statements.some((s) => s.Effect === 'Allow' && coversAction(s, action));
}

/** Every combo the document allows in full, each as its list of actions. */
export function escalationPaths(document: PolicyDocument, combos: readonly string[][]): string[][] {
  const statements = policyStatements(document);
  return combos.filter((combo) => combo.every((action) => allows(statements, action)));
}
