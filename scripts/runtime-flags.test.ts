import fs from 'node:fs';
import { describe, expect, it } from 'vitest';

// The engine benchmark's figures hold for the runtime the product runs in: the V8 young-generation size changes
// the planning time by about two (bench/engine), so the bench, `npm start` and the image must agree on it.
const FLAG = /--max-semi-space-size=(\d+)/;
const sizeIn = (text: string) => FLAG.exec(text)?.[1];
const script = (file: string, name: string) => (JSON.parse(fs.readFileSync(file, 'utf8')) as { scripts: Record<string, string> }).scripts[name] ?? '';

describe('runtime flags', () => {
  it('gives npm start, the Docker image and the engine benchmark the same young-generation size', () => {
    const start = sizeIn(script('package.json', 'start'));
    expect(start).toBeDefined();
    expect(sizeIn(fs.readFileSync('Dockerfile', 'utf8'))).toBe(start);
    expect(sizeIn(script('bench/package.json', 'bench').split('&&')[0]!)).toBe(start);
  });
});
