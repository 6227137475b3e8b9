import { defineCheck } from '../../../engine/define-check';
import { inlineAdminMetadata, judgeInlinePolicies } from '../lib/inline-admin';

export const check = defineCheck({
  metadata: { id: 'iam_role_inline_policy_no_full_admin', resourceKind: 'aws.iam.role', ...inlineAdminMetadata('role') },
  evaluate: (role) => judgeInlinePolicies(role.arn, `Role ${role.roleName}`, role),
});
