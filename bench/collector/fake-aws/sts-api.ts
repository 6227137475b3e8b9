/** STS query protocol: GetCallerIdentity, answering the estate's account. */
import { queryError, queryResult, type Routed } from './answer';
import type { Estate } from './estate';
import type { ParsedRequest } from './request';
import { el } from './xml';

const xmlns = 'https://sts.amazonaws.com/doc/2011-06-15/';

export function routeSts(req: ParsedRequest, estate: Estate): Routed {
  const action = req.form.get('Action') ?? '';
  return {
    api: action,
    apiClass: 'sts',
    respond: () =>
      action === 'GetCallerIdentity'
        ? queryResult(action, xmlns, el('Arn', `arn:aws:iam::${estate.accountId}:user/bench`) + el('UserId', 'AIDABENCH') + el('Account', estate.accountId))
        : queryError(400, 'InvalidAction', `Could not find operation ${action} for version 2011-06-15`),
    throttled: () => queryError(400, 'Throttling', 'Rate exceeded'),
  };
}
