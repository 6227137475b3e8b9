import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { describe, expect, it } from 'vitest';
import { adminActionMessage, forbiddenReason } from './forbiddenReason';

function graphQLError(code: string, message: string, reason?: string) {
  return new CombinedGraphQLErrors({ errors: [{ message, extensions: { code, ...(reason ? { reason } : {}) } }] });
}

describe('forbiddenReason', () => {
  it('reads the reason of a FORBIDDEN answer', () => {
    expect(forbiddenReason(graphQLError('FORBIDDEN', 'no', 'MFA_ENROLMENT_REQUIRED'))).toBe('MFA_ENROLMENT_REQUIRED');
  });

  it('is null for other codes and for errors that are not GraphQL errors', () => {
    expect(forbiddenReason(graphQLError('CONFLICT', 'no', 'MFA_ENROLMENT_REQUIRED'))).toBeNull();
    expect(forbiddenReason(new Error('offline'))).toBeNull();
  });
});

describe('adminActionMessage', () => {
  it('tells an admin without MFA to enrol first', () => {
    expect(adminActionMessage(graphQLError('FORBIDDEN', 'no', 'MFA_ENROLMENT_REQUIRED'), 'x')).toMatch(/multi-factor/);
  });

  it("shows the server's reason for a CONFLICT, such as demoting the last admin", () => {
    const error = graphQLError('CONFLICT', 'The last admin of the organization cannot be demoted');
    expect(adminActionMessage(error, 'x')).toBe('The last admin of the organization cannot be demoted');
  });

  it('falls back for failures without a usable message', () => {
    expect(adminActionMessage(new Error('offline'), 'Could not change the role.')).toBe('Could not change the role.');
  });
});
