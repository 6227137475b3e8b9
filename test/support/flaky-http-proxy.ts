/**
 * An HTTP proxy in front of a subgraph that a test can make unreachable (every connection is dropped before it is
 * forwarded) or make lose answers (the request reaches the subgraph, which acts on it, but its answer is dropped),
 * to play an outage and a lost response over real HTTP.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FlakyHttpProxy {
  /** The proxy's URL for the target's `/graphql`. */
  url: string;
  /** `down`: nothing gets through. `up`: everything does. */
  setReachable(reachable: boolean): void;
  /** The next `n` requests reach the target, but their answers are dropped. */
  dropAnswers(n: number): void;
  /** Bodies of the requests forwarded to the target, in order. */
  forwarded: string[];
  close(): Promise<void>;
}

export async function startFlakyHttpProxy(targetUrl: string): Promise<FlakyHttpProxy> {
  let reachable = true;
  let answersToDrop = 0;
  const forwarded: string[] = [];
  const server = http.createServer(async (req, res) => {
    if (!reachable) return void req.socket.destroy();
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks).toString('utf8');
    forwarded.push(body);
    const headers = Object.fromEntries(Object.entries(req.headers).filter(([k, v]) => typeof v === 'string' && !['host', 'content-length', 'connection'].includes(k))) as Record<string, string>;
    const answer = await fetch(targetUrl, { method: req.method, headers, body });
    const text = await answer.text();
    if (answersToDrop > 0) {
      answersToDrop -= 1;
      return void req.socket.destroy();
    }
    res.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? 'application/json' }).end(text);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
    setReachable: (value) => void (reachable = value),
    dropAnswers: (n) => void (answersToDrop = n),
    forwarded,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
