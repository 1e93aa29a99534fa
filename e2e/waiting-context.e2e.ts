import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openTemplate, screenshot, openSimulatorTall } from './helpers/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('waiting for a person, and what the agent receives', () => {
  it('shows the waiting and context fields on the chat template, then rehearses the wait minute by minute', async () => {
    const app = await openTemplate(browser, 'Chat handover', { viewport: { width: 1600, height: 1150 } });
    const { page } = app;
    const canvas = page.getByRole('region', { name: 'Flow canvas' });
    await canvas.getByRole('group', { name: /^Handover: Hand over to Live chat/ }).click();

    const waiting = page.getByRole('group', { name: 'While the user waits' });
    await expect.poll(() => waiting.getByRole('textbox', { name: 'Waiting message' }).inputValue()).toContain('{{queue_position}}');
    const context = page.getByRole('group', { name: 'What the agent receives' });
    await expect.poll(() => context.getByRole('textbox', { name: 'Private note' }).inputValue()).toContain('{{customer_id}}');
    await waiting.scrollIntoViewIfNeeded();
    await screenshot(page, 'waiting-inspector');
    await context.scrollIntoViewIfNeeded();
    await screenshot(page, 'agent-context-inspector');

    await openSimulatorTall(page);
    await page.getByRole('spinbutton', { name: 'Place in the queue' }).fill('3');
    await page.getByRole('spinbutton', { name: 'An agent answers after (min)' }).fill('7');
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    await page.getByRole('textbox', { name: 'Message as the user', exact: true }).fill('I want to talk to a human');
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    const panel = page.getByRole('region', { name: 'Waiting for a person' });
    await panel.waitFor();
    for (let minute = 0; minute < 4; minute++) await panel.getByRole('button', { name: 'Wait 1 minute' }).click();
    const log = page.getByRole('log', { name: 'Transcript' });
    await expect.poll(() => log.textContent()).toContain('You are number 2 in the queue. The estimated wait is about 3 minutes.');
    expect(await log.textContent()).toContain('You are number 3 in the queue. The estimated wait is about 5 minutes.');
    await expect.poll(() => panel.textContent()).toContain('the callback offer at T+00:06:00');
    await screenshot(page, 'waiting-simulator');
    expect(app.consoleErrors).toEqual([]);
    expect(app.blockedRequests).toEqual([]);
    await app.close();
  });

  it('measures a SIP transfer’s context with the headers’ meter and offers a warm transfer', async () => {
    const app = await openTemplate(browser, 'Voice handover to Zendesk', { viewport: { width: 1600, height: 1150 } });
    const { page } = app;
    const canvas = page.getByRole('region', { name: 'Flow canvas' });
    await canvas.getByRole('group', { name: /^Handover: Transfer to SIP desk/ }).click();
    const context = page.getByRole('group', { name: 'What the agent receives' });
    await context.getByRole('checkbox', { name: 'Pass context to the agent' }).check();
    await context.getByRole('textbox', { name: 'Sample summary (Simulator)' }).fill('Wants a refund for order 42; asked twice.');
    await context.getByRole('textbox', { name: 'Private note' }).fill('Customer {{customer_id}} is a VIP');
    await context.getByRole('checkbox', { name: 'Warm transfer' }).check();
    const meter = context.getByRole('meter', { name: 'SIP headers (attributes and context) budget' });
    await expect.poll(() => meter.getAttribute('aria-valuetext')).toMatch(/^\d+ of 1024 characters URL-encoded$/);
    await context.getByRole('checkbox', { name: 'Warm transfer' }).scrollIntoViewIfNeeded();
    await screenshot(page, 'agent-context-voice');
    expect(app.consoleErrors).toEqual([]);
    await app.close();
  });
});
