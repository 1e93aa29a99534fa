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

describe('business calendars', () => {
  it('edits the chat template calendar in Flow settings and rehearses Saturday 23:00 in Berlin in the Simulator', async () => {
    const app = await openApp(browser, '/', { viewport: { width: 1600, height: 1150 } });
    const { page } = app;
    page.setDefaultTimeout(20_000);
    await page.getByRole('button', { name: 'Use template Chat handover' }).click();
    const card = page.getByRole('region', { name: 'Calendar Support team (Berlin)' });
    await card.scrollIntoViewIfNeeded();
    await expect.poll(() => card.getByRole('combobox', { name: 'Time zone' }).inputValue()).toBe('Europe/Berlin');
    // Keyboard: a new Saturday range by Enter on its button.
    await card.getByRole('button', { name: 'Add hours on Saturday' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => card.getByLabel('Saturday opens').inputValue()).toBe('09:00');
    await card.getByRole('button', { name: 'Remove Saturday 09:00–17:00' }).click();
    await card.getByRole('group', { name: 'Monday hours' }).scrollIntoViewIfNeeded();
    await screenshot(page, 'calendar-editor');

    await page.getByRole('tab', { name: 'Simulator', exact: true }).click();
    const scene = page.getByRole('form', { name: 'Scene' });
    await scene.getByLabel('Start date and time').fill('2026-03-28T23:00');
    await scene.getByRole('combobox', { name: 'Time zone' }).selectOption('Europe/Berlin');
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    await page.getByRole('textbox', { name: 'Message as the user', exact: true }).fill('Connect me to a person');
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    const transcript = page.getByRole('log', { name: 'Transcript' });
    await expect.poll(() => transcript.textContent()).toContain('Our team is offline right now');
    for (let i = 0; i < 4; i++) await page.getByRole('button', { name: 'Fast-forward 1 hour' }).click();
    const now = scene.getByRole('status', { name: 'Time in Europe/Berlin' });
    await expect.poll(() => now.textContent()).toBe('Sun 29 Mar 2026, 04:00:00 CEST');
    await now.scrollIntoViewIfNeeded();
    await screenshot(page, 'simulator-calendar');
    expect(app.consoleErrors).toEqual([]);
    await app.close();
  });
});
