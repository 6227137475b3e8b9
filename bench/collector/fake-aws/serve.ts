/**
 * Child-process entry of the fake endpoint, so that the benchmark's memory and CPU figures are the collector's
 * alone. Options arrive as JSON in argv[2]; the parent drives it over the IPC channel (see spawn.ts).
 */
import { startFakeAws, type FakeAwsOptions } from './server';

export type FakeAwsRequest = { type: 'stats' } | { type: 'reset' } | { type: 'close' };

const fake = await startFakeAws(JSON.parse(process.argv[2] ?? '{}') as FakeAwsOptions);
process.send?.({ type: 'ready', endpoint: fake.endpoint });
process.on('message', (msg: FakeAwsRequest) => {
  if (msg.type === 'stats') process.send?.({ type: 'stats', stats: fake.stats() });
  if (msg.type === 'reset') {
    fake.reset();
    process.send?.({ type: 'reset' });
  }
  if (msg.type === 'close') void fake.close().then(() => process.exit(0));
});
