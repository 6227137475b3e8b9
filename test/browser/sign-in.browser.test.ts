/** The dashboard in a real browser (Debian's chromium driven by playwright-core): sign in, see the Overview. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../support/product-harness';
import { axeViolations } from './axe';
import { launchChromium } from './browser-session';

let h: Harness;
/** Navigation link -> the heading of the page it opens. */
const NAVIGATION: [string, string][] = [
  ['Findings', 'Findings'],
  ['Inventory', 'Inventory'],
  ['Compliance', 'Compliance'],
  ['Accounts & scans', 'Accounts & scans'],
  ['Alerts', 'Alerts'],
  ['Overview', 'Overview'],
];
let browser: Browser;

beforeAll(async () => {
  h = await startHarness();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await h?.stop();
});

describe('dashboard in a browser', () => {
  it('refuses a wrong password, then signs the admin in and shows the Overview', async () => {
    // axe needs a page of an explicit context (it opens a blank page of its own in it).
    const page = await (await browser.newContext()).newPage();
    const consoleErrors: string[] = [];
    page.on('pageerror', (e) => consoleErrors.push(e.message));
    await page.goto(h.url);
    await page.getByLabel('Email').fill(h.adminEmail);
    await page.getByLabel('Email').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel('Password').fill('not-the-password-1');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => page.getByRole('alert').count(), { timeout: 10_000 }).toBeGreaterThan(0);

    await page.getByLabel('Password').fill(h.adminPassword);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Overview' }).waitFor({ timeout: 15_000 });
    // A fresh install has no account: the Overview's call to action is to connect one (PRODUCT.md).
    await page.getByRole('button', { name: 'Connect an AWS account' }).or(page.getByRole('link', { name: 'Connect an AWS account' })).first().waitFor();
    await page.screenshot({ path: path.join(os.tmpdir(), 'cspmexa-overview.png') });
    expect(await axeViolations(page)).toEqual([]);

    // Every page of the navigation passes axe too (PRODUCT.md: accessible, checked with axe).
    for (const [link, heading] of NAVIGATION) {
      await page.getByRole('navigation').getByRole('link', { name: link, exact: true }).click();
      await page.getByRole('heading', { name: heading, level: 1 }).waitFor({ timeout: 15_000 });
      await page.waitForLoadState('networkidle');
      await page.mouse.move(0, 0); // the clicked link's hover colours are not what a reader sees
      expect({ page: link, violations: await axeViolations(page) }).toEqual({ page: link, violations: [] });
    }
    expect(consoleErrors).toEqual([]);
  });
});
