/** The graphql-ws endpoint on the page's own origin: ws:// for http pages, wss:// for https pages. */
export function realtimeUrl(location: Pick<Location, 'protocol' | 'host'>, path = '/graphql'): string {
  const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${scheme}//${location.host}${path}`;
}
