interface Connection<Edge> {
  edges: Edge[];
  pageInfo: { endCursor: string | null; hasNextPage: boolean };
  totalCount: number;
}

/**
 * "Load more" for a connection: the next page's edges after the ones on screen, with the next page's cursor.
 * Done in `fetchMore` so the admin lists need no entry in the shared cache policies.
 */
export function appendPage<Edge, C extends Connection<Edge>>(shown: C, next: C): C {
  return { ...next, edges: [...shown.edges, ...next.edges] };
}
