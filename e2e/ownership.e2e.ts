import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import { launchBrowser, openApp, screenshot } from './helpers/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('ownership lane', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    it(`shows bot → pending → person → bot after the agent releases the conversation, ${colorScheme} theme`, async () => {
      const app = await openApp(browser, '/', { viewport: { width: 1500, height: 950 }, colorScheme });
      const { page } = app;
      page.setDefaultTimeout(20_000);
      await page.getByRole('button', { name: 'Use template Chat handover' }).click();
      await page.getByRole('tab', { name: 'Simulator', exact: true }).click();
      await page.getByRole('button', { name: 'Start', exact: true }).click();
      await page.getByRole('textbox', { name: 'Message as the user', exact: true }).fill('Connect me to a person');
      await page.getByRole('button', { name: 'Send', exact: true }).click();
      await page.getByRole('button', { name: 'Fast-forward 1 minute' }).click();
      await page.getByRole('button', { name: 'Accept', exact: true }).click();
      for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Fast-forward 1 minute' }).click();
      await page.getByRole('button', { name: 'Release to bot' }).click();
      await page.getByRole('button', { name: 'Fast-forward 1 minute' }).click();

      const lane = page.getByRole('list', { name: 'Ownership lane' });
      await expect.poll(() => lane.getByRole('listitem').count()).toBe(4);
      const names = await lane.getByRole('listitem').evaluateAll((items) => items.map((li) => li.getAttribute('aria-label')?.split(' ')[0]));
      expect(names).toEqual(['Bot', 'Pending', 'Person', 'Bot']);
      // Each stretch is as wide as its share of the clock, never narrower than its label.
      const widths = await lane.getByRole('listitem').evaluateAll((items) => items.map((li) => li.getBoundingClientRect().width));
      expect(widths[2]).toBeGreaterThan(widths[1]); // the person's 3 minutes against 1 minute pending
      expect(Math.min(...widths)).toBeGreaterThanOrEqual(50);
      const region = page.getByRole('region', { name: 'Ownership' });
      const { violations } = await new AxeBuilder({ page }).include('.own-lane').withTags(['wcag2a', 'wcag2aa']).analyze();
      expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      await lane.getByRole('listitem').nth(2).focus();
      await expect.poll(() => region.isVisible()).toBe(true);
      await screenshot(page, colorScheme === 'light' ? 'simulator-ownership-lane' : 'simulator-ownership-lane-dark');
      expect(app.consoleErrors).toEqual([]);
      await app.close();
    });
  }
});
