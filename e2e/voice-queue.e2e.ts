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

describe('a voice handover waiting in a Twilio queue', () => {
  it('shows the queue fields on the voice template, then rehearses the caller on hold minute by minute', async () => {
    const app = await openTemplate(browser, 'Voice handover to Zendesk', { viewport: { width: 1600, height: 1150 } });
    const { page } = app;
    const canvas = page.getByRole('region', { name: 'Flow canvas' });
    await canvas.getByRole('group', { name: /^Handover: Wait in the support queue/ }).click();
    const queue = page.getByRole('group', { name: 'Twilio queue' });
    await expect.poll(() => queue.getByRole('textbox', { name: 'Queue name' }).inputValue()).toBe('support');
    expect(await queue.getByRole('checkbox', { name: 'Wait in a Twilio queue' }).isChecked()).toBe(true);
    await queue.scrollIntoViewIfNeeded();
    await screenshot(page, 'voice-queue-inspector');

    await openSimulatorTall(page);
    await page.getByRole('combobox', { name: 'Channel' }).selectOption('phone_voice');
    await page.getByRole('combobox', { name: 'Voice transfer meets' }).selectOption('rejected');
    await page.getByRole('spinbutton', { name: 'Place in the queue' }).fill('3');
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    await page.getByRole('textbox', { name: 'Message as the user', exact: true }).fill('I want to talk to a human');
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    const panel = page.getByRole('region', { name: 'Waiting for a person' });
    await panel.waitFor();
    for (let minute = 0; minute < 4; minute++) await panel.getByRole('button', { name: 'Wait 1 minute' }).click();
    await panel.getByRole('spinbutton', { name: 'Reported place in the queue' }).fill('2');
    await panel.getByRole('button', { name: 'Report', exact: true }).click();
    const log = page.getByRole('log', { name: 'Transcript' });
    await expect.poll(() => log.textContent()).toContain('The caller hears: You are caller 2 in line.');
    await expect.poll(() => log.textContent()).toContain('To leave the queue and be called back, press 1');
    await screenshot(page, 'voice-queue-simulator');
    expect(app.consoleErrors).toEqual([]);
    expect(app.blockedRequests).toEqual([]);
    await app.close();
  });
});
