/** The read-only role as a CloudFormation template (YAML), rendered from `readOnlyRole`. */
import { Document, isScalar, visit } from 'yaml';
import type { ReadOnlyRole } from './read-only-role';

export const ROLE_LOGICAL_ID = 'CspmexaReadOnlyRole';

export function cloudFormationTemplate(role: ReadOnlyRole): string {
  const template = {
    AWSTemplateFormatVersion: '2010-09-09',
    Description: `${role.description} (ExternalId of your CSPMEXA organization included)`,
    Resources: {
      [ROLE_LOGICAL_ID]: {
        Type: 'AWS::IAM::Role',
        Properties: {
          RoleName: role.roleName,
          Description: role.description,
          MaxSessionDuration: role.maxSessionDurationSeconds,
          AssumeRolePolicyDocument: role.trustPolicy,
          ManagedPolicyArns: role.managedPolicyArns,
          Policies: [{ PolicyName: role.inlinePolicyName, PolicyDocument: role.inlinePolicy }],
        },
      },
    },
    // The long form of !GetAtt: plain YAML that any parser reads, with no custom tags.
    Outputs: { RoleArn: { Description: 'Paste this role ARN into CSPMEXA', Value: { 'Fn::GetAtt': [ROLE_LOGICAL_ID, 'Arn'] } } },
  };
  const doc = new Document(template);
  // YAML 1.1 parsers (CloudFormation's among them) read a bare 2010-09-09 as a date: quote date-like strings.
  visit(doc, {
    Scalar(_, node) {
      if (isScalar(node) && typeof node.value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(node.value)) node.type = 'QUOTE_DOUBLE';
    },
  });
  doc.commentBefore = ' CSPMEXA read-only role. Deploy with: aws cloudformation deploy --template-file cspmexa-role.yaml --stack-name cspmexa-read-only --capabilities CAPABILITY_NAMED_IAM';
  return doc.toString({ lineWidth: 0 });
}
