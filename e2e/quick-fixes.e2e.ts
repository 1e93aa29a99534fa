import { readFileSync } from 'node:fs';
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
 * The voice template with four things a designer would fix: no Pause before the SIP transfer, a
 * reserved X-Twilio header, an unwired Busy port and call recording on.
 */
function voiceToFix(): Buffer {
  const flow = JSON.parse(readFileSync('examples/voice-zendesk.baton.json', 'utf8'));
  const sip = flow.nodes.find((n: { id: string }) => n.id === 'sip_handover');
  sip.data.destination.attributes = [{ name: 'X-Twilio-Foo', value: 'bar' }];
  flow.settings.voice.recording = true;
  // The Pause and the Busy port's message go (with the message's own way out).
  const gone = new Set(['sip_pause', 'busy_message']);
  flow.nodes = flow.nodes.filter((n: { id: string }) => !gone.has(n.id));
  flow.edges = flow.edges
    .filter((e: { source: string; target: string }) => !gone.has(e.source) && e.target !== 'busy_message')
    .map((e: { target: string }) => (e.target === 'sip_pause' ? { ...e, target: 'sip_handover' } : e));
  return Buffer.from(JSON.stringify(flow));
}

async function openFlow(page: Page) {
  await page.getByRole('heading', { name: /Start from a template|Templates/ }).waitFor();
  await page.getByLabel('Import flow file').setInputFiles({ name: 'voice.baton.json', mimeType: 'application/json', buffer: voiceToFix() });
  await page.locator('.react-flow__node').first().waitFor();
}

const PAUSE_FIX = 'Fix: Insert a 1.5 s Pause before Handover "Transfer to SIP desk"';

describe('quick fixes', () => {
  it('a fix button in Problems inserts the Pause; Ctrl+Z takes it back in one step', async () => {
    const app = await openApp(browser, '/', { viewport: { width: 1440, height: 900 } });
    const { page } = app;
    page.setDefaultTimeout(20_000);
    await openFlow(page);
    await page.getByRole('tab', { name: /^Problems/ }).click();
    const panel = page.getByRole('tabpanel', { name: /Problems/ });
    const fix = panel.getByRole('button', { name: PAUSE_FIX });
    await fix.waitFor();
    for (const name of ['Fix: Rename X-Twilio-Foo to X-Foo', 'Fix: Remove X-Twilio-Foo', 'Fix: Connect Busy to a new Message', 'Fix: Turn call recording off']) {
      await expect.poll(() => panel.getByRole('button', { name }).count(), { message: name }).toBe(1);
    }
    // A taller bottom panel shows every problem with its fixes (the handle takes arrow keys).
    await page.getByRole('separator', { name: 'Resize bottom panel' }).focus();
    for (let i = 0; i < 16; i++) await page.keyboard.press('ArrowUp');
    await screenshot(page, 'problems-quick-fixes');

    // By keyboard: focus the fix and press Enter.
    await fix.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => panel.getByRole('button', { name: PAUSE_FIX }).count(), { timeout: 10_000 }).toBe(0);
    expect(await panel.getByRole('button', { name: /is entered from .* with no Pause/ }).count()).toBe(0);
    // The keyboard stays in the Problems list, on the row that took the fixed one's place.
    await expect.poll(() => page.evaluate(() => !!document.activeElement?.closest('[role="tabpanel"]')), { timeout: 10_000 }).toBe(true);

    // One undo step brings the problem (and its fix) back; its tooltip names the fix.
    const undo = page.getByRole('button', { name: 'Undo', exact: true });
    await expect.poll(() => undo.getAttribute('title')).toBe(`Undo ${PAUSE_FIX.slice('Fix: '.length)} (Ctrl+Z)`);
    await undo.click();
    await expect.poll(() => panel.getByRole('button', { name: PAUSE_FIX }).count(), { timeout: 10_000 }).toBe(1);

    // The inspector offers the header's fixes in its row of the SIP header table.
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+f');
    await page.getByRole('combobox', { name: 'Search nodes' }).fill('SIP desk');
    await page.keyboard.press('Enter');
    const inspector = page.getByRole('complementary', { name: 'Inspector' });
    const rename = inspector.getByRole('button', { name: 'Fix: Rename X-Twilio-Foo to X-Foo' });
    await rename.scrollIntoViewIfNeeded();
    await screenshot(page, 'inspector-quick-fix');
    await rename.click();
    await expect.poll(() => inspector.getByRole('textbox', { name: 'Header 1 name' }).inputValue(), { timeout: 10_000 }).toBe('X-Foo');
    expect(app.consoleErrors).toEqual([]);
    expect(app.blockedRequests).toEqual([]);
    await app.close();
  });

  it('the JSON tab offers the header rename as a quick fix on its squiggle (Ctrl+.)', async () => {
    const app = await openApp(browser, '/', { viewport: { width: 1440, height: 900 } });
    const { page } = app;
    page.setDefaultTimeout(20_000);
    await openFlow(page);
    await page.getByRole('tab', { name: 'JSON' }).click();
    await page.locator('.monaco-editor .view-line').first().waitFor();
    // Monaco's own Find puts the cursor on the header name, as a keyboard user would.
    await page.getByRole('textbox', { name: 'Flow JSON' }).focus();
    await page.keyboard.press('Control+f');
    await page.getByRole('textbox', { name: 'Find' }).fill('X-Twilio-Foo');
    await page.keyboard.press('Escape');
    await page.locator('.squiggly-warning').first().waitFor();
    await page.keyboard.press('Control+.');
    const action = page.locator('.action-widget .monaco-list-row', { hasText: 'Rename X-Twilio-Foo to X-Foo' });
    await action.waitFor();
    expect(await page.locator('.action-widget .monaco-list-row', { hasText: 'Remove X-Twilio-Foo' }).count()).toBe(1);
    await screenshot(page, 'json-quick-fix');
    await action.click();
    await page.locator('.view-line', { hasText: '"name": "X-Foo"' }).waitFor();
    expect(await page.locator('.view-line', { hasText: 'X-Twilio-Foo' }).count()).toBe(0);
    // The fix went through the editor store: one undo step, named after it.
    await expect.poll(() => page.getByRole('button', { name: 'Undo', exact: true }).getAttribute('title')).toBe('Undo Rename X-Twilio-Foo to X-Foo (Ctrl+Z)');
    expect(app.consoleErrors).toEqual([]);
    await app.close();
  });
});
