/** Accessibility in the real browser (PRODUCT.md: checked with axe): WCAG 2.1 A and AA rules on the page as shown. */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Each violation as `rule (impact): the first offending elements`, so a failure says what to fix. */
export async function axeViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(WCAG_AA).analyze();
  return result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

/** No violation on the page once its requests settle, as a reader sees it; `name` says which page failed. */
export async function expectAccessible(page: Page, name: string): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.mouse.move(0, 0); // the clicked link's hover colours are not what a reader sees
  expect({ page: name, violations: await axeViolations(page) }).toEqual({ page: name, violations: [] });
}
