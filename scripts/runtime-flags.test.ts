import fs from 'node:fs';
import { describe, expect, it } from 'vitest';

// The engine benchmark's figures hold for the runtime the product runs in: the V8 young-generation size and
// allocation-site pretenuring each change the planning time by about two (bench/engine, Dockerfile), so the
// bench, `npm start`, the image and the findings service must agree on them.
const SEMI_SPACE = /--max-semi-space-size=(\d+)/;
const NO_PRETENURING = '--no-allocation-site-pretenuring';
const sizeIn = (text: string) => SEMI_SPACE.exec(text)?.[1];
const script = (file: string, name: string) => (JSON.parse(fs.readFileSync(file, 'utf8')) as { scripts: Record<string, string> }).scripts[name] ?? '';
const line = (file: string, pattern: RegExp) => fs.readFileSync(file, 'utf8').split('\n').find((l) => pattern.test(l)) ?? '';

describe('runtime flags', () => {
  const start = script('package.json', 'start');
  const bench = script('bench/package.json', 'bench').split('&&')[0]!;
  const image = fs.readFileSync('Dockerfile', 'utf8');
  const imageCommand = line('Dockerfile', /^CMD /);
  const findingsService = line('docker-compose.yml', /subgraphs\/findings\/src\/main\.ts/);

  it('gives npm start, the Docker image and the engine benchmark the same young-generation size', () => {
    expect(sizeIn(start)).toBeDefined();
    expect(sizeIn(image)).toBe(sizeIn(start));
    expect(sizeIn(bench)).toBe(sizeIn(start));
  });

  it('turns allocation-site pretenuring off wherever evaluations run: npm start, the image, the findings service, the benchmark', () => {
    for (const [where, command] of [['npm start', start], ['Dockerfile CMD', imageCommand], ['docker-compose findings', findingsService], ['npm run bench', bench]]) {
      expect(command, where).toContain(NO_PRETENURING);
    }
  });
});
