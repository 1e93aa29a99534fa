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
/**
 * Resolves once the JSON tab's 300 ms debounce, started by the last keystroke, has fired and its
 * outcome is drawn: a page timer set now fires after every shorter one set before it.
 */
async function afterJsonDebounce(page: Page) {
  await page.evaluate(() => new Promise<void>((done) => setTimeout(() => requestAnimationFrame(() => requestAnimationFrame(() => done())), 300)));
}

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

    // Selecting a node on the canvas reveals its JSON. The template opens on its trigger: fit the
    // view to reach the SIP transfer, as a user would.
    await page.getByRole('button', { name: 'Fit View' }).click();
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
    // The banner may be the one the "slow" edit raised: let the last keystroke's debounce run out.
    await afterJsonDebounce(page);
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
    await expect.poll(() => page.getByRole('tab', { name: 'Problems' }).getAttribute('aria-selected')).toBe('true');
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

  it('squiggles validator problems with their codes, undoes a text edit as one step, formats, and keeps the cursor through canvas edits', async () => {
    const app = await openApp(browser, '/', { viewport: { width: 1400, height: 900 } });
    const { page } = app;
    page.setDefaultTimeout(15_000);
    await page.getByRole('button', { name: 'Use template Voice handover to Zendesk' }).click();
    await page.getByRole('region', { name: 'Flow canvas' }).waitFor();
    // The whole flow in view, so the canvas edit below can be seen on the SIP transfer.
    await page.getByRole('button', { name: 'Fit View' }).click();
    await page.getByRole('tab', { name: 'JSON' }).click();
    const splitter = page.getByRole('separator', { name: 'Resize bottom panel' });
    await splitter.focus();
    for (let i = 0; i < 4; i++) await page.keyboard.press('Shift+ArrowUp');
    await page.locator('.monaco-editor .view-line').first().waitFor();
    const line = (text: string) => page.locator('.view-line', { hasText: text });

    // A schema-valid edit the validator rejects: it reaches the canvas and squiggles where it is.
    await page.getByRole('textbox', { name: 'Flow JSON' }).focus();
    await findInEditor(page, 'sip:agent@example.com');
    // In one input event, as a paste: typed a key at a time on a busy machine, the JSON view's
    // debounce can apply the word in two steps ("a", then the rest), and the undo below is one step.
    await page.keyboard.insertText('agent-desk');
    const inspector = page.getByRole('complementary', { name: 'Inspector' });
    // The cursor is inside the SIP handover's JSON, so that node is selected on the canvas.
    await expect.poll(() => inspector.getByRole('textbox', { name: 'Title' }).inputValue()).toBe('Transfer to SIP desk');
    const squiggle = page.locator('.squiggly-error');
    await expect.poll(() => squiggle.count()).toBeGreaterThan(0);
    // The problem is read once it names the whole value.
    const nodeProblems = inspector.getByRole('list', { name: 'Problems on this node' });
    await expect.poll(() => nodeProblems.textContent()).toContain('"agent-desk"');
    const problem = (await nodeProblems.textContent()) ?? '';
    // Monaco shows a marker's hover where the mouse rests on the marked text.
    const box = await squiggle.first().boundingBox();
    expect(box).not.toBeNull();
    await page.mouse.move(box!.x + box!.width / 2, box!.y + box!.height / 2 - 4);
    const hover = page.locator('.monaco-hover:not(.hidden)', { hasText: '(voice.' });
    await hover.first().waitFor();
    const hoverText = (await hover.first().textContent()) ?? '';
    expect(hoverText).toContain(problem.trim());
    const code = /\((voice\.[\w.]+)\)/.exec(hoverText)?.[1];
    expect(code).toBeTruthy();
    await screenshot(page, 'json');
    await page.getByRole('button', { name: 'Switch to dark theme' }).click();
    await page.locator('.monaco-editor.vs-dark').waitFor();
    await screenshot(page, 'json-dark');
    await page.getByRole('button', { name: 'Switch to light theme' }).click();

    // The Problems tab lists the same problem with the same code.
    await page.getByRole('tab', { name: /Problems/ }).click();
    const problems = page.getByRole('tabpanel', { name: /Problems/ });
    await expect.poll(() => problems.textContent()).toContain(code!);
    expect(await problems.textContent()).toContain(problem.trim());

    // The whole text edit is one undo step.
    await page.getByRole('tab', { name: 'JSON' }).click();
    await page.locator('.monaco-editor .view-line').first().waitFor();
    expect(await page.getByRole('button', { name: 'Undo' }).getAttribute('title')).toMatch(/^Undo Edit JSON/);
    await page.getByRole('button', { name: 'Undo' }).click();
    await line('"to": "sip:agent@example.com"').waitFor();
    await expect.poll(() => squiggle.count()).toBe(0);
    await expect.poll(() => page.getByRole('button', { name: 'Problems: none' }).count()).toBe(1);

    // Format JSON puts stray spacing right again (the same flow, so nothing is applied).
    await page.getByRole('textbox', { name: 'Flow JSON' }).focus();
    await findInEditor(page, '"version": 1');
    await page.keyboard.press('Delete');
    await page.keyboard.type('"version":      1');
    // Monaco draws spaces as no-break spaces: read the rendered lines, not a whitespace-folding locator.
    const versionLine = async () => (await page.locator('.monaco-editor .view-line').allTextContents()).map((t) => t.replace(/\u00a0/g, ' ')).find((t) => t.includes('"version"'));
    await expect.poll(versionLine).toBe('  "version":      1,');
    await page.getByRole('button', { name: 'Format JSON' }).click();
    await expect.poll(versionLine).toBe('  "version": 1,');

    // A canvas edit rewrites the text without moving the cursor: typing lands where it was.
    await page.getByRole('textbox', { name: 'Flow JSON' }).focus();
    await findInEditor(page, '"version": 1,');
    await page.keyboard.press('End');
    const title = inspector.getByRole('textbox', { name: 'Title' });
    await title.fill('SIP desk');
    await title.press('Tab');
    await page.getByRole('group', { name: /^Handover: SIP desk/ }).waitFor();
    await page.getByRole('textbox', { name: 'Flow JSON' }).focus();
    await page.keyboard.type(' ');
    await expect.poll(versionLine).toBe('  "version": 1, ');
    // …and the text far below the cursor has the new title.
    await findInEditor(page, '"title": "SIP desk"');
    await line('"title": "SIP desk"').waitFor();

    expect(app.blockedRequests).toEqual([]);
    expect(app.consoleErrors).toEqual([]);
    await app.close();
  });
});
