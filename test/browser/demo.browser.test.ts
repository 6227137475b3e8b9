/**
 * The first ten minutes without AWS credentials, in a real browser: sign in, "Add the demo account" on the empty
 * Overview, watch its scan, land on a populated Overview; then the History section of a demo resource.
 */
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../support/product-harness';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
let h: Harness;
let browser: Browser;

beforeAll(async () => {
  if (!fs.existsSync(path.resolve('client/dist/index.html'))) throw new Error('client/dist is missing: run npm run build');
  h = await startHarness();
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
});

afterAll(async () => {
  await browser?.close();
  await h?.stop();
});

describe('the demo account in a browser', () => {
  it('adds the demo account from the empty Overview, shows its scan progress, then the findings', async () => {
    const page = await browser.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await page.goto(h.url);
    await page.getByLabel('Email').fill(h.adminEmail);
    await page.getByLabel('Password').fill(h.adminPassword);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Overview' }).waitFor({ timeout: 15_000 });

    await page.getByRole('button', { name: 'Add the demo account' }).click();
    await page.getByText(/Scanning the demo account/).waitFor({ timeout: 15_000 });
    // Once evaluated, the Overview leaves its empty state for the severity cards.
    await page.getByRole('link', { name: /^Critical: \d+ open findings$/ }).waitFor({ timeout: 60_000 });
    const critical = await page.getByRole('link', { name: /^Critical:/ }).getAttribute('aria-label');
    expect(Number(/(\d+)/.exec(critical ?? '')?.[1])).toBeGreaterThan(0);

    await page.goto(`${h.url}/inventory?q=examplecorp-www`);
    await page.getByRole('link', { name: 'examplecorp-www' }).click();
    await page.getByRole('heading', { name: 'History' }).waitFor({ timeout: 15_000 });
    await page.getByText(/No change since the resource was first seen/).waitFor();
    expect(pageErrors).toEqual([]);
  });
});
