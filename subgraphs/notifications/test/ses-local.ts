/** A real aws-ses-v2-local server for the integration tests, on a fixed free port so it can go down and come back. */
import http from 'node:http';
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { SESClient } from '@aws-sdk/client-ses';
import sesLocal from 'aws-ses-v2-local';

// A CommonJS module with `exports.default`: depending on the loader's interop the default import is the function
// itself or the whole exports object.
const startSesServer = ((sesLocal as unknown as { default?: typeof sesLocal }).default ?? sesLocal) as typeof sesLocal;

export interface StoredEmail {
  from: string;
  destination: { to: string[] };
  subject: string;
  body: { text?: string };
}

async function freePort(): Promise<number> {
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

export async function createLocalSes() {
  const port = await freePort();
  const endpoint = `http://127.0.0.1:${port}`;
  let server: http.Server | null = null;
  return {
    endpoint,
    /** Fake credentials: the local server only checks that a SigV4 header is present. One attempt, so a refused
     * connection shows up as a failed delivery at once instead of after the SDK's own retries. */
    client: new SESClient({
      region: 'us-east-1',
      endpoint,
      credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
      maxAttempts: 1,
    }),
    async up() {
      server = await startSesServer({ host: '127.0.0.1', port });
    },
    async down() {
      const s = server;
      server = null;
      if (!s) return;
      s.closeAllConnections();
      await new Promise<void>((resolve) => s.close(() => resolve()));
    },
    /** Emails the server accepted for this address (the store is shared by every test of the file). */
    async emailsTo(recipient: string): Promise<StoredEmail[]> {
      const res = await fetch(`${endpoint}/store`);
      const { emails } = (await res.json()) as { emails: StoredEmail[] };
      return emails.filter((e) => e.destination.to.includes(recipient));
    },
  };
}
