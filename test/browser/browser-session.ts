/** Debian's chromium driven by playwright-core, as every browser test launches it, next to the whole product. */
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { startHarness, type Harness } from '../support/product-harness';

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

export interface BrowserSession {
  harness: Harness;
  browser: Browser;
}

/**
 * The product and a browser for the calling test file: started before its tests, closed after them. Read the
 * fields inside tests (they are set once `beforeAll` has run).
 */
export function useBrowserSession(): BrowserSession {
  const session = {} as Partial<BrowserSession>;
  beforeAll(async () => {
    session.harness = await startHarness();
    session.browser = await launchChromium();
  });
  afterAll(async () => {
    await session.browser?.close();
    await session.harness?.stop();
  });
  return session as BrowserSession;
}

/**
 * A page of its own context (axe needs a page of an explicit context: it opens a blank page of its own in it),
 * with the uncaught errors it throws, which a test expects to stay empty.
 */
export async function openPage(browser: Browser): Promise<{ page: Page; pageErrors: string[] }> {
  const page = await (await browser.newContext()).newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  return { page, pageErrors };
}
