import { defineCheck } from '../../../engine/define-check';
import { inlineAdminMetadata, judgeInlinePolicies } from '../lib/inline-admin';

export const check = defineCheck({
  metadata: { id: 'iam_user_inline_policy_no_full_admin', resourceKind: 'aws.iam.user', ...inlineAdminMetadata('user') },
  evaluate: (user) => judgeInlinePolicies(user.arn, `User ${user.userName}`, user),
});
