import { defineCheck } from '../../../engine/define-check';
import { inlineAdminMetadata, judgeInlinePolicies } from '../lib/inline-admin';

export const check = defineCheck({
  metadata: { id: 'iam_group_inline_policy_no_full_admin', resourceKind: 'aws.iam.group', ...inlineAdminMetadata('group') },
  evaluate: (group) => judgeInlinePolicies(group.arn, `Group ${group.groupName}`, group),
});
