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

describe("the providers' current APIs in the Handover inspector", () => {
  it('shows the Messenger template on Conversation Routing, and the Zendesk messaging switchboard fields', async () => {
    const app = await openApp(browser);
    const { page } = app;
    await page.setViewportSize({ width: 1440, height: 1000 });
    const canvas = page.getByRole('region', { name: 'Flow canvas' });
    await page.getByRole('button', { name: 'Use template Messenger handover' }).click();
    await canvas.getByRole('button', { name: /fit view/i }).click();
    await canvas.getByRole('group', { name: 'Handover: Hand over to Messenger inbox' }).click();

    await expect.poll(() => page.getByRole('combobox', { name: 'Protocol' }).inputValue()).toBe('conversation_routing');
    expect(await page.getByRole('textbox', { name: 'Pass message' }).inputValue()).toBe('Thank you! Someone from the team will get back to you.');
    expect(await page.getByRole('checkbox', { name: 'messaging_handovers' }).isChecked()).toBe(true);
    await screenshot(page, 'inspector-messenger-conversation-routing');

    await page.getByRole('combobox', { name: 'Hand over to' }).selectOption('zendesk');
    await page.getByRole('combobox', { name: 'Zendesk product' }).selectOption('messaging_switchboard');
    await page.getByRole('combobox', { name: 'The agent sees' }).selectOption('whole_conversation');
    await page.getByRole('button', { name: '+ Add metadata' }).click();
    await page.getByRole('textbox', { name: 'Metadata 1 key' }).fill('order');
    await page.getByRole('textbox', { name: 'Metadata 1 value' }).fill('{{order_id}}');
    await expect.poll(() => page.getByRole('meter', { name: 'Metadata size' }).getAttribute('aria-valuetext')).toBe('66 of 4096 bytes');
    await screenshot(page, 'inspector-zendesk-switchboard');

    expect(app.consoleErrors).toEqual([]);
    expect(app.blockedRequests).toEqual([]);
    await app.close();
  }, 60_000);
});
