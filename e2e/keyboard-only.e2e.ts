import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openApp, screenshot } from './helpers/browser';
import { focusByKeyboard, newFlowByKeyboard, pickWithArrows } from './helpers/keyboard';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** From anywhere: Tab to the bottom panel's tab list, then arrows to the tab called `name`. */
async function openTabByKeyboard(page: Page, name: string) {
  const tablist = page.getByRole('tablist', { name: 'Panels' });
  await focusByKeyboard(page, tablist.locator('[role="tab"][tabindex="0"]'));
  const target = page.getByRole('tab', { name: new RegExp(`^${name}\\b`) });
  for (let i = 0; i < 8 && (await target.getAttribute('aria-selected')) !== 'true'; i++) await page.keyboard.press('ArrowRight');
  expect(await target.getAttribute('aria-selected')).toBe('true');
}

describe('keyboard only', () => {
  it('builds a voice handover flow, wires it, runs it in the Simulator and saves a test case without the mouse', async () => {
    const app = await openApp(browser, '/', { viewport: { width: 1400, height: 900 } });
    const { page } = app;
    page.setDefaultTimeout(15_000);
    const t0 = Date.now();
    const step = (what: string) => console.log(`keyboard-only ${((Date.now() - t0) / 1000).toFixed(1)} s: ${what}`);
    // Any mouse click would be a failure of this test: count them.
    await page.evaluate(() => document.addEventListener('mousedown', () => ((window as unknown as { __clicks: number }).__clicks = ((window as unknown as { __clicks?: number }).__clicks ?? 0) + 1), true));

    await newFlowByKeyboard(page, ['Human requested', 'Message', 'Pause', 'Handover']);

    step('Wire each step');
    // Wire each step from the Outline and the inspector's Next step picker.
    await openTabByKeyboard(page, 'Outline');
    const outline = page.getByRole('listbox', { name: 'Outline' });
    const inspector = page.getByRole('complementary', { name: 'Inspector' });
    const select = async (index: number) => {
      await focusByKeyboard(page, outline, 'Shift+Tab');
      await page.keyboard.press('Home');
      for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
    };
    const wire = async (from: number, to: RegExp) => {
      await select(from);
      const picker = inspector.getByRole('combobox', { name: 'Next step after Next' });
      await focusByKeyboard(page, picker);
      await pickWithArrows(page, picker, to);
    };
    await wire(0, /^Message/);
    await select(1);
    await focusByKeyboard(page, inspector.getByRole('textbox', { name: /^Message/ }));
    await page.keyboard.type('Connecting you to an agent now.');
    step('message typed');
    await wire(1, /^Pause/);
    await wire(2, /^Handover/);

    step('The Handover becomes');
    // The Handover becomes a voice transfer to a phone number.
    await select(3);
    const kind = inspector.getByRole('combobox', { name: 'Hand over to' });
    await focusByKeyboard(page, kind);
    await pickWithArrows(page, kind, /^Voice transfer/);
    await focusByKeyboard(page, inspector.getByRole('textbox', { name: 'Destination' }));
    await page.keyboard.type('+12025551234');
    await page.keyboard.press('Tab');
    await expect.poll(() => page.locator('.react-flow__edge').count()).toBe(3);

    // Browser calls cannot be transferred: this bot answers phone calls and chat only. Escape (from
    // the Outline) clears the selection, and the inspector shows the flow settings.
    await focusByKeyboard(page, outline, 'Shift+Tab');
    await page.keyboard.press('Escape');
    const browserVoice = inspector.getByRole('checkbox', { name: 'Browser voice' });
    await focusByKeyboard(page, browserVoice);
    await page.keyboard.press('Space');
    await expect.poll(() => browserVoice.isChecked()).toBe(false);
    await expect.poll(() => page.getByRole('button', { name: /^Problems:/ }).getAttribute('aria-label')).toMatch(/^Problems: (none|0 errors)/);

    step('Run it as a phone call');
    // Run it as a phone call in the Simulator.
    await openTabByKeyboard(page, 'Simulator');
    const channel = page.getByRole('combobox', { name: 'Channel' });
    await focusByKeyboard(page, channel);
    await pickWithArrows(page, channel, /^Phone voice/);
    step('channel');
    await focusByKeyboard(page, page.getByRole('button', { name: 'Start', exact: true }));
    await page.keyboard.press('Enter');
    await focusByKeyboard(page, page.getByRole('textbox', { name: 'Message as the user', exact: true }));
    await page.keyboard.type('I want to talk to a human');
    await page.keyboard.press('Enter');
    const transcript = page.getByRole('log', { name: 'Transcript' });
    await expect.poll(() => transcript.textContent()).toContain('Connecting you to an agent now.');
    await expect.poll(() => transcript.textContent()).toContain('Handover to Voice transfer');

    step('Save the run as a test case');
    // Save the run as a test case, then run it green from the Tests tab.
    await focusByKeyboard(page, page.getByRole('button', { name: 'Save as test case' }));
    await page.keyboard.press('Enter');
    const form = page.getByRole('form', { name: 'Save as test case' });
    await focusByKeyboard(page, form.getByRole('textbox', { name: 'Test case name' }));
    await page.keyboard.press('Control+a');
    await page.keyboard.type('Caller asks for a person, keyboard only');
    await page.keyboard.press('Enter');
    await page.getByText('Saved “Caller asks for a person, keyboard only” to the flow’s test cases.').waitFor();
    step('saved');
    await screenshot(page, 'keyboard-only-simulator');
    await focusByKeyboard(page, page.getByRole('button', { name: 'Open the Tests tab' }), 'Shift+Tab');
    await page.keyboard.press('Enter');
    await focusByKeyboard(page, page.getByRole('button', { name: 'Run all', exact: true }));
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('status', { name: 'Caller asks for a person, keyboard only: Passed' }).count()).toBe(1);

    expect(await page.evaluate(() => (window as unknown as { __clicks?: number }).__clicks ?? 0)).toBe(0);
    expect(app.consoleErrors).toEqual([]);
    await app.close();
  }, 180_000);
});
