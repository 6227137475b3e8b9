import { useQuery } from '@apollo/client/react';
import type { Role } from '../gql/graphql';
import { ViewerDocument } from '../routes/shell/me';

/**
 * The signed-in user's role, from the same `me` query the user menu runs (so usually from the cache); null while
 * unknown. Only hides controls the role cannot use: the server refuses them anyway.
 */
export function useViewerRole(): Role | null {
  const { data } = useQuery(ViewerDocument);
  return data?.me?.role ?? null;
}
