/**
 * The read-only role as Terraform (HCL), rendered from `readOnlyRole`. Policies go through `jsonencode(...)` of
 * the JSON document: HCL's object syntax accepts JSON's `"key": value` form, so the documents are exactly the ones
 * the CloudFormation template carries.
 */
import type { ReadOnlyRole } from './read-only-role';

const RESOURCE = 'cspmexa_read_only';

/** A double-quoted HCL string; `${` and `%{` would start a template sequence. */
const escapeTemplates = (s: string) => s.replace(/\$\{/g, () => '$${').replace(/%\{/g, () => '%%{');

export function hclString(value: string): string {
  return escapeTemplates(JSON.stringify(value));
}

/** Strings inside the document are HCL strings too: template sequences are escaped there as well. */
function jsonencode(doc: unknown): string {
  return `jsonencode(${escapeTemplates(JSON.stringify(doc, null, 2).replace(/\n/g, '\n  '))})`;
}

/** `arn:aws:iam::aws:policy/job-function/ViewOnlyAccess` -> `view_only_access`. */
function attachmentName(policyArn: string): string {
  const name = policyArn.split('/').at(-1) ?? 'policy';
  return name.replace(/([a-z])([A-Z])/g, '$1_$2').replace(/\W+/g, '_').toLowerCase();
}

export function terraformSnippet(role: ReadOnlyRole): string {
  const attachments = role.managedPolicyArns.map(
    (arn) => `resource "aws_iam_role_policy_attachment" "${RESOURCE}_${attachmentName(arn)}" {
  role       = aws_iam_role.${RESOURCE}.name
  policy_arn = ${hclString(arn)}
}`,
  );
  return [
    `# CSPMEXA read-only role (the ExternalId is your CSPMEXA organization's). Then: terraform apply.`,
    `resource "aws_iam_role" "${RESOURCE}" {
  name                 = ${hclString(role.roleName)}
  description          = ${hclString(role.description)}
  max_session_duration = ${role.maxSessionDurationSeconds}
  assume_role_policy   = ${jsonencode(role.trustPolicy)}
}`,
    ...attachments,
    `resource "aws_iam_role_policy" "${RESOURCE}_collector_reads" {
  name   = ${hclString(role.inlinePolicyName)}
  role   = aws_iam_role.${RESOURCE}.id
  policy = ${jsonencode(role.inlinePolicy)}
}`,
    `output "cspmexa_role_arn" {
  description = "Paste this role ARN into CSPMEXA"
  value       = aws_iam_role.${RESOURCE}.arn
}`,
  ].join('\n\n') + '\n';
}
