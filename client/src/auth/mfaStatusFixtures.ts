import type { MockLink } from '@apollo/client/testing';
import type { Role } from '../gql/graphql';
import { MfaStatusDocument } from './mfaStatus';

/** A mocked `MfaStatus` answer for component tests. */
export function mfaStatusMock(
  me: { role: Role; mfaEnrolled: boolean; mfaRequiredToEnrol: boolean },
  id = 'u1',
): MockLink.MockedResponse {
  return {
    request: { query: MfaStatusDocument },
    result: { data: { me: { __typename: 'User', id, ...me } } },
  };
}
