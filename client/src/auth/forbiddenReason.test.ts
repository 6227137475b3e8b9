import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { describe, expect, it } from 'vitest';
import { userMessage } from '../apollo/userMessage';
import { forbiddenMessage, forbiddenReason } from './forbiddenReason';

function graphQLError(code: string, message: string, reason?: string) {
  return new CombinedGraphQLErrors({ errors: [{ message, extensions: { code, ...(reason ? { reason } : {}) } }] });
}

describe('forbiddenReason', () => {
  it('reads the reason of a FORBIDDEN answer', () => {
    expect(forbiddenReason(graphQLError('FORBIDDEN', 'no', 'MFA_REQUIRED'))).toBe('MFA_REQUIRED');
  });

  it('is null for other codes and for errors that are not GraphQL errors', () => {
    expect(forbiddenReason(graphQLError('CONFLICT', 'no', 'MFA_REQUIRED'))).toBeNull();
    expect(forbiddenReason(new Error('offline'))).toBeNull();
  });
});

describe('messages for refused actions', () => {
  it('M5 tells an admin without MFA to set it up, wherever the action was refused', () => {
    expect(forbiddenMessage(graphQLError('FORBIDDEN', 'no', 'MFA_REQUIRED'))).toMatch(/multi-factor/);
    expect(userMessage(graphQLError('FORBIDDEN', 'no', 'MFA_REQUIRED'), 'x')).toMatch(/multi-factor/);
  });

  it('says that the role does not allow it for a plain refusal', () => {
    expect(forbiddenMessage(graphQLError('FORBIDDEN', 'no', 'NOT_ADMIN'))).toBeNull();
    expect(userMessage(graphQLError('FORBIDDEN', 'no', 'NOT_ADMIN'), 'x')).toMatch(/role does not allow/);
  });

  it("shows the server's reason for a CONFLICT, such as demoting the last admin", () => {
    const error = graphQLError('CONFLICT', 'The last admin of the organization cannot be demoted');
    expect(userMessage(error, 'x')).toBe('The last admin of the organization cannot be demoted');
  });

  it('falls back for failures without a usable message', () => {
    expect(userMessage(new Error('offline'), 'Could not change the role.')).toBe('Could not change the role.');
  });
});
