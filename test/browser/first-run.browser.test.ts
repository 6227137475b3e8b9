/**
 * PRODUCT.md's first ten minutes, in a real browser, with no AWS credentials: the bootstrap admin signs in, is
 * asked to enrol MFA and does (TOTP from the page's setup link), adds the demo account from the empty Overview,
 * watches its scan, then triages: a finding's remediation, muting it with a reason, the compliance report, a
 * resource's history. Every populated page passes axe (WCAG 2.1 AA).
 */
import { generate } from 'otplib';
import { describe, expect, it } from 'vitest';
import { expectAccessible } from './axe';
import { openPage, useBrowserSession } from './browser-session';

const session = useBrowserSession();

describe('first run in a browser', () => {
  it('signs in, enrols MFA, adds the demo account and triages its findings', async () => {
    const h = session.harness;
    const { page, pageErrors } = await openPage(session.browser);

    await page.goto(h.url);
    await page.getByLabel('Email').fill(h.adminEmail);
    await page.getByLabel('Password').fill(h.adminPassword);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Overview', level: 1 }).waitFor({ timeout: 15_000 });

    // Admins are asked to enrol MFA before admin work (M5).
    await page.getByRole('link', { name: 'Set up MFA now' }).click();
    await page.getByRole('button', { name: 'Set up MFA' }).click();
    const setupLink = await page.getByLabel('Setup link for manual entry').textContent();
    const secret = new URL(setupLink ?? '').searchParams.get('secret');
    expect(secret).toMatch(/^[A-Z2-7]+=*$/);
    await page.getByLabel('Code from the app').fill(await generate({ secret: secret! }));
    await page.getByRole('button', { name: 'Confirm and turn on MFA' }).click();
    await expect.poll(() => page.getByLabel('Recovery codes').getByRole('listitem').count(), { timeout: 15_000 }).toBe(10);
    await page.getByLabel('I saved my recovery codes').check();
    await page.getByRole('button', { name: 'Done' }).click();

    await page.getByRole('navigation').getByRole('link', { name: 'Overview', exact: true }).click();
    await page.getByRole('button', { name: 'Add the demo account' }).click();
    await page.getByText(/Scanning the demo account/).waitFor({ timeout: 15_000 });
    // Once evaluated, the Overview leaves its empty state for the severity cards.
    const criticalCard = page.getByRole('link', { name: /^Critical\s*\d+\s*open findings$/ });
    await criticalCard.waitFor({ timeout: 90_000 });
    const critical = await criticalCard.textContent();
    expect(Number(/(\d+)/.exec(critical ?? '')?.[1])).toBeGreaterThan(0);
    await expectAccessible(page, 'Overview with the demo account');

    // Triage: the critical findings, one finding's remediation, muted with a reason.
    await criticalCard.click();
    await page.getByRole('heading', { name: 'Findings', level: 1 }).waitFor();
    expect(new URL(page.url()).searchParams.getAll('severity')).toEqual(['CRITICAL']);
    const firstFinding = page.getByRole('table').getByRole('link').first();
    await firstFinding.waitFor({ timeout: 15_000 });
    await expectAccessible(page, 'Findings');
    const title = (await firstFinding.textContent())?.trim() ?? '';
    await firstFinding.click();
    await page.getByRole('heading', { name: title, level: 1 }).waitFor({ timeout: 15_000 });
    await page.getByRole('button', { name: /^Copy/ }).first().waitFor();
    await expectAccessible(page, 'Finding detail');
    await page.getByRole('button', { name: 'Mute this finding' }).click();
    await page.getByLabel('Reason').fill('Accepted risk for the demo: public website bucket.');
    await page.getByRole('dialog').getByRole('button', { name: /^Mute 1 / }).click();
    await page.getByText('Accepted risk for the demo: public website bucket.', { exact: true }).waitFor({ timeout: 15_000 });

    // Compliance: a framework report with failing controls.
    await page.getByRole('navigation').getByRole('link', { name: 'Compliance', exact: true }).click();
    await page.getByRole('heading', { name: 'Compliance', level: 1 }).waitFor();
    await page.getByRole('link', { name: /failing findings for control/ }).first().waitFor({ timeout: 15_000 });
    await expectAccessible(page, 'Compliance');

    // Inventory: a demo resource and its history.
    await page.goto(`${h.url}/inventory?q=examplecorp-www`);
    await page.getByRole('link', { name: 'examplecorp-www' }).click();
    await page.getByRole('heading', { name: 'History' }).waitFor({ timeout: 15_000 });
    await page.getByText(/No change since the resource was first seen/).waitFor();
    await expectAccessible(page, 'Resource');
    expect(pageErrors).toEqual([]);
  }, 240_000);
});
