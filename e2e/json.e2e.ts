import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openApp, screenshot } from './helpers/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/**
 * Selects the first match of `text` in the Monaco editor with its own Find widget (Ctrl+F, then
 * Escape leaves the match selected), as a keyboard user would; robust to scrolling.
 */
async function findInEditor(page: Page, text: string) {
  await page.keyboard.press('Control+f');
  const find = page.getByRole('textbox', { name: 'Find' });
  await find.fill(text);
  await page.keyboard.press('Escape');
}

describe('JSON tab', () => {
  it('applies a valid edit to the canvas and keeps the canvas while the text is invalid', async () => {
    const app = await openApp(browser);
    const { page } = app;
    await page.getByRole('button', { name: 'Use template Voice handover to Zendesk' }).click();
    await page.getByRole('region', { name: 'Flow canvas' }).waitFor();

    await page.getByRole('tab', { name: 'JSON' }).click();
    const region = page.getByRole('region', { name: 'Flow JSON' });
    await region.waitFor();
    await page.locator('.monaco-editor .view-line').first().waitFor();

    // Selecting a node on the canvas reveals its JSON.
    await page.getByRole('group', { name: 'Handover: Transfer to SIP desk' }).click();
    const titleLine = page.locator('.view-line', { hasText: '"title": "Transfer to SIP desk"' });
    await titleLine.waitFor();

    // A valid edit reaches the canvas.
    await titleLine.click();
    await findInEditor(page, 'Transfer to SIP desk');
    await page.keyboard.type('Transfer to the desk');
    await page.getByRole('group', { name: 'Handover: Transfer to the desk' }).waitFor();
    const status = region.getByRole('status');
    expect(await status.textContent()).toBe('');

    // An invalid edit: the banner says why and the canvas keeps the last valid flow.
    await findInEditor(page, '"timeoutSeconds": 30');
    await page.keyboard.press('End');
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Backspace');
    await page.keyboard.type('"slow"');
    await findInEditor(page, 'Transfer to the desk');
    await page.keyboard.type('Transfer to the line');
    await expect.poll(() => status.textContent()).toMatch(/^Not applied: \/nodes\/\d+\/data\/destination\/timeoutSeconds — .*The canvas keeps the last valid flow\.$/);
    await page.waitForTimeout(600);
    expect(await page.getByRole('group', { name: 'Handover: Transfer to the desk' }).count()).toBe(1);
    expect(await page.getByRole('group', { name: 'Handover: Transfer to the line' }).count()).toBe(0);
    await screenshot(page, 'json-invalid');

    // Discarding brings back the text of the flow on the canvas.
    await page.getByRole('button', { name: 'Discard invalid JSON' }).click();
    await expect.poll(() => status.textContent()).toBe('');
    await page.locator('.view-line', { hasText: '"title": "Transfer to the desk"' }).waitFor();

    // Completion from the flow schema offers every node kind at "type".
    await findInEditor(page, '"type": "handover",');
    await page.keyboard.press('Delete');
    await page.keyboard.type('"type": "');
    await page.keyboard.press('Control+Space');
    const suggestions = page.locator('.suggest-widget .monaco-list-row');
    await expect.poll(async () => (await suggestions.allTextContents()).join(' ')).toMatch(/"channel_router".*"handover"/);
    await page.keyboard.press('Escape');

    // Leaving the tab with invalid text asks first: keep editing stays, discard leaves.
    await expect.poll(() => status.textContent()).toMatch(/^Not applied/);
    await page.getByRole('tab', { name: 'Problems' }).click();
    const ask = page.getByRole('dialog', { name: 'Discard invalid JSON?' });
    await ask.getByRole('button', { name: 'Keep editing' }).click();
    expect(await page.getByRole('tab', { name: 'JSON' }).getAttribute('aria-selected')).toBe('true');
    expect(await status.textContent()).toMatch(/^Not applied/);
    await page.getByRole('tab', { name: 'Problems' }).click();
    await ask.getByRole('button', { name: 'Discard invalid JSON' }).click();
    expect(await page.getByRole('tab', { name: 'Problems' }).getAttribute('aria-selected')).toBe('true');
    expect(await page.getByRole('group', { name: 'Handover: Transfer to the desk' }).count()).toBe(1);

    // Back on the tab, the text is the flow again.
    await page.getByRole('tab', { name: 'JSON' }).click();
    await page.locator('.monaco-editor .view-line').first().waitFor();
    await page.getByRole('group', { name: 'Handover: Transfer to the desk' }).click();
    await page.locator('.view-line', { hasText: '"title": "Transfer to the desk"' }).waitFor();
    await expect.poll(() => region.getByRole('status').textContent()).toBe('');

    expect(app.blockedRequests).toEqual([]);
    expect(app.consoleErrors).toEqual([]);
    await app.close();
  });
});
