import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openApp, screenshot } from './helpers/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('names a person reads', () => {
  it('an untitled voice handover is "Voice transfer to sip:…" on the canvas, in Problems and in the Outline, never its id', async () => {
    const app = await openApp(browser, '/', { viewport: { width: 1440, height: 900 } });
    const { page } = app;
    page.setDefaultTimeout(15_000);
    await page.getByRole('button', { name: 'Use template Voice handover to Zendesk' }).click();
    const canvas = page.getByRole('region', { name: 'Flow canvas' });
    await canvas.getByRole('group', { name: 'Human requested', exact: true }).waitFor();

    // Take the title off the SIP handover and make its Pause too long, so Problems speaks of it.
    // Nodes out of view are not mounted: find them with the search box (Ctrl+F), which selects.
    const find = async (query: string) => {
      await page.keyboard.press('Control+f');
      await page.getByRole('combobox', { name: 'Search nodes' }).fill(query);
      await page.keyboard.press('Enter');
    };
    await find('SIP desk');
    const inspector = page.getByRole('complementary', { name: 'Inspector' });
    await inspector.getByRole('textbox', { name: 'Title' }).fill('');
    await inspector.getByRole('textbox', { name: 'Title' }).press('Tab');
    await expect.poll(() => canvas.locator('.flow-node-title', { hasText: 'Voice transfer to sip:agent@example.com' }).count()).toBe(1);
    await find('sip_pause');
    await expect.poll(() => inspector.getByRole('heading', { level: 2 }).first().textContent()).toBe('Pause');
    const seconds = inspector.getByRole('spinbutton').first();
    await seconds.fill('3');
    await seconds.press('Tab');

    await page.getByRole('tab', { name: /^Problems/ }).click();
    const panel = page.getByRole('tabpanel', { name: /Problems/ });
    const problem = panel.getByRole('button', { name: /^Pause 3 s before Voice transfer to sip:agent@example\.com is too long; set it to 1–2 s/ });
    await problem.waitFor();
    await expect.poll(() => problem.textContent()).toContain('Pause 3 s'); // the node column names it too
    expect(await panel.textContent()).not.toContain('sip_handover');
    expect(await panel.textContent()).not.toContain('sip_pause');
    await screenshot(page, 'problems-untitled-handover');

    await page.getByRole('tab', { name: 'Outline', exact: true }).click();
    await page.getByRole('listbox', { name: 'Outline' }).getByRole('option', { name: /Voice transfer to sip:agent@example\.com/ }).waitFor();
    expect(app.consoleErrors).toEqual([]);
    await app.close();
  });
});
