/** A bare graphql-transport-ws client: tests need close codes and raw messages, not a retrying client. */
import WebSocket from 'ws';

export interface WsMessage {
  type: string;
  id?: string;
  payload?: unknown;
}

export interface TestSocket {
  ws: WebSocket;
  messages: WsMessage[];
  closed: Promise<{ code: number; reason: string }>;
  send(message: WsMessage): void;
  /** Resolves with the next message matching `predicate` (already received ones count). */
  waitFor(predicate: (m: WsMessage) => boolean, timeoutMs?: number): Promise<WsMessage>;
}

export function openSocket(graphqlUrl: string, opts: { origin?: string } = {}): Promise<TestSocket> {
  const ws = new WebSocket(graphqlUrl.replace(/^http/, 'ws'), 'graphql-transport-ws', opts.origin ? { origin: opts.origin } : {});
  const messages: WsMessage[] = [];
  const listeners = new Set<() => void>();
  ws.on('message', (data) => {
    messages.push(JSON.parse(String(data)) as WsMessage);
    for (const l of listeners) l();
  });
  const closed = new Promise<{ code: number; reason: string }>((resolve) => ws.on('close', (code, reason) => resolve({ code, reason: String(reason) })));
  const socket: TestSocket = {
    ws,
    messages,
    closed,
    send: (m) => ws.send(JSON.stringify(m)),
    waitFor: (predicate, timeoutMs = 5_000) =>
      new Promise((resolve, reject) => {
        let seen = 0;
        const check = () => {
          for (; seen < messages.length; seen++) {
            const m = messages[seen];
            if (m && predicate(m)) {
              cleanup();
              resolve(m);
              return;
            }
          }
        };
        const timer = setTimeout(() => {
          cleanup();
          reject(new Error(`no matching message within ${timeoutMs} ms; got ${JSON.stringify(messages)}`));
        }, timeoutMs);
        const cleanup = () => {
          clearTimeout(timer);
          listeners.delete(check);
        };
        listeners.add(check);
        check();
      }),
  };
  return new Promise((resolve, reject) => {
    ws.once('open', () => resolve(socket));
    ws.once('unexpected-response', (_req, res) => reject(new Error(`upgrade refused: ${res.statusCode}`)));
    ws.once('error', reject);
  });
}

/** Opens a socket and completes connection_init with `token`; resolves once acknowledged. */
export async function connect(graphqlUrl: string, token: string, opts: { origin?: string } = {}): Promise<TestSocket> {
  const socket = await openSocket(graphqlUrl, opts);
  socket.send({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } });
  await socket.waitFor((m) => m.type === 'connection_ack');
  return socket;
}
