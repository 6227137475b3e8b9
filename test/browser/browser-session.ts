/** Debian's chromium driven by playwright-core, as every browser test launches it. */
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function launchChromium(): Promise<Browser> {
  if (!fs.existsSync(path.resolve('client/dist/index.html'))) throw new Error('client/dist is missing: run npm run build');
  return chromium.launch({
    executablePath: CHROMIUM,
    // Playwright gives each launch a fresh profile. Without the background-networking flags Chromium floods
    // this closed network with refused connections.
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}
