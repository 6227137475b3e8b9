/** Runs the fake endpoint in a child process and talks to it: one request at a time, answered in order. */
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { CallStats } from './call-stats';
import type { FakeAwsRequest } from './serve';
import type { FakeAwsOptions } from './server';

export interface FakeAwsProcess {
  endpoint: string;
  stats(): Promise<CallStats>;
  reset(): Promise<void>;
  close(): Promise<void>;
}

function nextMessage<T>(child: ChildProcess, type: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const onMessage = (msg: { type: string }) => {
      if (msg.type !== type) return;
      child.off('message', onMessage);
      child.off('exit', onExit);
      resolve(msg as T);
    };
    const onExit = (code: number | null) => reject(new Error(`fake AWS endpoint exited (${code}) before answering '${type}'`));
    child.on('message', onMessage);
    child.once('exit', onExit);
  });
}

export async function spawnFakeAws(opts: Omit<FakeAwsOptions, 'now'>): Promise<FakeAwsProcess> {
  const entry = fileURLToPath(new URL('./serve.ts', import.meta.url));
  const child = fork(entry, [JSON.stringify(opts)], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const ready = await nextMessage<{ endpoint: string }>(child, 'ready');
  const ask = <T>(msg: FakeAwsRequest, type: string) => {
    const answer = nextMessage<T>(child, type);
    child.send(msg);
    return answer;
  };
  return {
    endpoint: ready.endpoint,
    stats: async () => (await ask<{ stats: CallStats }>({ type: 'stats' }, 'stats')).stats,
    reset: async () => {
      await ask({ type: 'reset' }, 'reset');
    },
    close: async () => {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.send({ type: 'close' } satisfies FakeAwsRequest);
      await exited;
    },
  };
}
