/** The dashboard in a real browser (Debian's chromium driven by playwright-core): sign in, see the Overview. */
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { axeViolations, expectAccessible } from './axe';
import { openPage, useBrowserSession } from './browser-session';

/** Navigation link -> the heading of the page it opens. */
const NAVIGATION: [string, string][] = [
  ['Findings', 'Findings'],
  ['Inventory', 'Inventory'],
  ['Compliance', 'Compliance'],
  ['Accounts & scans', 'Accounts & scans'],
  ['Alerts', 'Alerts'],
  ['Overview', 'Overview'],
];

const session = useBrowserSession();

describe('dashboard in a browser', () => {
  it('refuses a wrong password, then signs the admin in and shows the Overview', async () => {
    const h = session.harness;
    const { page, pageErrors } = await openPage(session.browser);
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
      await expectAccessible(page, link);
    }
    expect(pageErrors).toEqual([]);
  });
});
