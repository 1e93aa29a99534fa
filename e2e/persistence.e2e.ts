import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openApp, screenshot } from './helpers/browser';
import { fitView } from './helpers/canvas';

/** The voice template's steps (every node but notes): each is in the picture in its full face. */
const TEMPLATE_STEPS = (JSON.parse(readFileSync('examples/voice-zendesk.baton.json', 'utf8')) as { nodes: { type: string }[] }).nodes.filter((n) => n.type !== 'note').length;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const flowName = (page: Page) => page.getByRole('textbox', { name: 'Flow name' });

/** Exports the open flow as Flow JSON through the header menu and returns the downloaded file. */
async function exportFlowJson(page: Page): Promise<{ name: string; text: string }> {
  await page.getByRole('button', { name: 'Export' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: 'Flow JSON (.baton.json)' }).click();
  const file = await download;
  return { name: file.suggestedFilename(), text: await readFile((await file.path())!, 'utf8') };
}

const withoutId = (text: string) => {
  const { id: _id, ...rest } = JSON.parse(text) as Record<string, unknown>;
  return rest;
};

describe('persistence', () => {
  it('opens a template from the library, keeps an edit across an immediate reload, and reopens the last flow', async () => {
    const app = await openApp(browser);
    const { page } = app;
    await page.getByRole('heading', { name: 'Start from a template' }).waitFor();
    await screenshot(page, 'library');
    await page.getByRole('button', { name: 'Use template Chat handover' }).click();
    await expect.poll(() => flowName(page).inputValue()).toBe('Chat handover');
    expect(page.url()).toMatch(/#\/flow\/[\w-]+$/);
    const nodes = page.locator('.react-flow__node');
    // Only nodes in view are in the DOM: fit the whole flow (and wait for the view to hold still,
    // so every node is mounted) before counting, here and after the reload.
    await fitView(page);
    await expect.poll(() => nodes.count()).toBeGreaterThan(2);
    const before = await nodes.count();

    // Two edits: rename the flow, delete one node. Then reload at once (no wait for the debounce).
    await flowName(page).fill('Chat handover, edited');
    await flowName(page).press('Enter');
    // The first node (a trigger, top left): the last one can sit under the minimap.
    await nodes.first().click();
    await page.keyboard.press('Delete');
    await expect.poll(() => nodes.count()).toBe(before - 1);
    await page.reload();
    await expect.poll(() => flowName(page).inputValue()).toBe('Chat handover, edited');
    await fitView(page);
    await expect.poll(() => nodes.count()).toBe(before - 1);
    await expect.poll(() => page.getByRole('status').filter({ hasText: /^Saved$/ }).count()).toBe(1);

    // Back to the library, then a fresh start (no hash) reopens the last flow.
    await page.getByRole('button', { name: 'Library', exact: true }).click();
    await page.getByRole('button', { name: 'Open Chat handover, edited' }).waitFor();
    await page.goto(page.url().replace(/#.*$/, ''));
    await expect.poll(() => flowName(page).inputValue()).toBe('Chat handover, edited');

    expect(app.consoleErrors).toEqual([]);
    expect(app.blockedRequests).toEqual([]);
    await app.close();
  });

  it('copies a node in one flow and pastes it into another, as one undo step', async () => {
    const app = await openApp(browser);
    const { page } = app;
    const canvas = page.getByRole('region', { name: 'Flow canvas' });
    await page.getByRole('button', { name: 'Use template Messenger handover' }).click();
    await expect.poll(() => flowName(page).inputValue()).toMatch(/^Messenger handover/);
    await canvas.getByRole('button', { name: /fit view/i }).click();
    await canvas.getByRole('group', { name: 'Handover: Hand over to Messenger inbox' }).click();
    await page.keyboard.press('Control+c');

    await page.getByRole('button', { name: 'Library', exact: true }).click();
    await page.getByRole('button', { name: 'Use template Chat handover' }).click();
    await expect.poll(() => flowName(page).inputValue()).toMatch(/^Chat handover/);
    const nodes = canvas.locator('[aria-roledescription="node"]');
    await fitView(page);
    await expect.poll(() => nodes.count()).toBeGreaterThan(2);
    const templateNodes = await nodes.count();
    expect(await canvas.getByRole('group', { name: 'Handover: Hand over to Messenger inbox' }).count()).toBe(0);

    // Focus is on the Fit view control, so the editor's shortcuts apply.
    await page.keyboard.press('Control+v');
    await expect.poll(() => nodes.count()).toBe(templateNodes + 1);
    const pasted = canvas.getByRole('group', { name: 'Handover: Hand over to Messenger inbox' });
    await expect.poll(() => pasted.count()).toBe(1);
    // The pasted node is selected: the inspector shows its destination.
    await expect.poll(() => page.getByRole('combobox', { name: 'Hand over to' }).inputValue()).toBe('messenger');
    await page.keyboard.press('Control+z');
    await expect.poll(() => nodes.count()).toBe(templateNodes);
    expect(await pasted.count()).toBe(0);

    expect(app.consoleErrors).toEqual([]);
    expect(app.blockedRequests).toEqual([]);
    await app.close();
  });

  it('exports Flow JSON, imports the file back as an equal flow, and refuses a broken import with its errors', async () => {
    const app = await openApp(browser);
    const { page } = app;
    await page.getByRole('button', { name: 'Use template Voice handover to Zendesk' }).click();
    await expect.poll(() => flowName(page).inputValue()).toBe('Voice handover to Zendesk');
    const firstUrl = page.url();

    await page.getByRole('button', { name: 'Export' }).click();
    await page.getByRole('menu', { name: 'Export' }).waitFor();
    await screenshot(page, 'library-export-menu');
    await page.keyboard.press('Escape');

    // Canvas pictures frame every node, whatever the pan and zoom.
    for (const format of ['SVG', 'PNG'] as const) {
      await page.getByRole('button', { name: 'Export' }).click();
      const download = page.waitForEvent('download');
      await page.getByRole('menuitem', { name: `Canvas picture (${format})` }).click();
      const picture = await download;
      expect(picture.suggestedFilename()).toBe(`voice-handover-to-zendesk.${format.toLowerCase()}`);
      const bytes = await readFile((await picture.path())!);
      if (format === 'PNG') {
        expect(bytes.subarray(1, 4).toString()).toBe('PNG');
        expect(bytes.readUInt32BE(16)).toBeGreaterThan(1000); // width: the whole flow at full size
      } else {
        const svg = bytes.toString();
        expect(svg).toContain('<svg');
        // Edge strokes inlined for the capture (html-to-image drops CSS paint inside SVG).
        expect(svg).toMatch(/class="react-flow__edge-path"[^>]*style="[^"]*stroke: rgb/);
        // Every node in its full face, whatever the zoom: the off-screen SIP transfer with its summary.
        expect(svg).toContain('To sip:agent@example.com');
        expect(svg.match(/class="[^"]*flow-node[ "]/g)?.length).toBe(TEMPLATE_STEPS);
        expect(svg).not.toContain('is-compact');
      }
    }

    const exported = await exportFlowJson(page);
    expect(exported.name).toBe('voice-handover-to-zendesk.baton.json');
    expect(JSON.parse(exported.text).$schema).toBe('./baton-flow.schema.json');

    // Import the file back: it becomes a new flow (fresh id, the original is still in the library).
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Import a flow' });
    const chooser = page.waitForEvent('filechooser');
    await dialog.getByRole('button', { name: 'Choose file…' }).click();
    await (await chooser).setFiles({ name: exported.name, mimeType: 'application/json', buffer: Buffer.from(exported.text) });
    await expect.poll(() => page.url()).not.toBe(firstUrl);
    await expect.poll(() => dialog.count()).toBe(0);
    const reexported = await exportFlowJson(page);
    expect(JSON.parse(reexported.text).id).not.toBe(JSON.parse(exported.text).id);
    expect(withoutId(reexported.text)).toEqual(withoutId(exported.text));

    // A broken document pasted as text: refused with each JSON path and message; the flow is untouched.
    const urlBefore = page.url();
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    const broken = { format: 'baton.flow', version: 1, id: 'bad', name: 'Bad', nodes: [{ id: 'p1', type: 'pause', data: { seconds: -3 } }] };
    await dialog.getByRole('textbox', { name: 'Or paste flow JSON' }).fill(JSON.stringify(broken));
    await dialog.getByRole('button', { name: 'Import text' }).click();
    const errors = dialog.getByRole('alert');
    await expect.poll(() => errors.textContent()).toContain('/nodes/0/data/seconds');
    expect(await errors.textContent()).toContain('Pasted text was not imported');
    await screenshot(page, 'library-import-error');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    expect(page.url()).toBe(urlBefore);
    expect(await flowName(page).inputValue()).toBe('Voice handover to Zendesk');

    expect(app.consoleErrors).toEqual([]);
    expect(app.blockedRequests).toEqual([]);
    await app.close();
  });
});

describe('storage warnings and two tabs', () => {
  it('shows the conflict dialog when two tabs edit one flow, saying which tab changed what', async () => {
    const app = await openApp(browser);
    const { page } = app;
    await page.getByRole('button', { name: 'Use template Chat handover' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: /^Saved$/ }).count()).toBe(1);
    const other = await app.context.newPage();
    await other.goto(page.url());
    await expect.poll(() => flowName(other).inputValue()).toBe('Chat handover');

    // The other tab renames and saves; this tab, still on the version it opened, renames too.
    await flowName(other).fill('Renamed in the other tab');
    await flowName(other).press('Enter');
    await expect.poll(() => other.getByRole('status').filter({ hasText: /^Saved$/ }).count()).toBe(1);
    await flowName(page).fill('Renamed here');
    await flowName(page).press('Enter');
    const dialog = page.getByRole('dialog', { name: '“Renamed here” changed in another tab' });
    await dialog.waitFor();
    expect(await dialog.getByRole('list', { name: 'Changes made in this tab' }).textContent()).toContain('Renamed the flow to “Renamed here”');
    expect(await dialog.getByRole('list', { name: 'Changes made in the other tab' }).textContent()).toContain('Renamed the flow to “Renamed in the other tab”');
    // The last change listed keeps its distance from the buttons.
    const lastItem = (await dialog.getByRole('listitem').last().boundingBox())!;
    const buttons = (await dialog.getByRole('button', { name: 'Keep my version' }).boundingBox())!;
    expect(buttons.y - (lastItem.y + lastItem.height)).toBeGreaterThanOrEqual(16);
    await screenshot(page, 'conflict-dialog');

    await dialog.getByRole('button', { name: 'Keep my version' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: /^Saved$/ }).count()).toBe(1);
    await other.reload();
    await expect.poll(() => flowName(other).inputValue()).toBe('Renamed here');
    expect(app.consoleErrors).toEqual([]);
    await app.close();
  });

  it('keeps working in memory with a warning and an Export button when the browser refuses IndexedDB', async () => {
    const app = await openApp(browser);
    const { page } = app;
    await page.addInitScript(() => {
      const refused = { open: () => { throw new DOMException('The operation is insecure.', 'SecurityError'); } };
      Object.defineProperty(window, 'indexedDB', { configurable: true, get: () => refused });
    });
    await page.reload();
    await page.getByRole('alert').filter({ hasText: 'Not saved in this browser' }).waitFor();
    await page.getByRole('button', { name: 'Use template Chat handover' }).click();
    await expect.poll(() => flowName(page).inputValue()).toBe('Chat handover');
    await flowName(page).fill('Only in memory');
    await flowName(page).press('Enter');
    const warning = page.getByRole('alert').filter({ hasText: 'Not saved in this browser' });
    await warning.waitFor();
    expect(await warning.textContent()).toMatch(/operation is insecure.*kept in this tab only/);
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Not saved — kept in this tab only' }).count()).toBe(1);
    await screenshot(page, 'storage-memory-only');
    // The warning's own Export button downloads the flow as it is in memory.
    const download = page.waitForEvent('download');
    await warning.getByRole('button', { name: 'Export flow JSON' }).click();
    const file = await download;
    expect(JSON.parse(await readFile((await file.path())!, 'utf8')).name).toBe('Only in memory');
    expect(app.consoleErrors).toEqual([]);
    expect(app.blockedRequests).toEqual([]);
    await app.close();
  });

  it('warns, with an Export button, when localStorage is too full for the crash journal, and keeps saving', async () => {
    const app = await openApp(browser);
    const { page } = app;
    await page.getByRole('button', { name: 'Use template Chat handover' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: /^Saved$/ }).count()).toBe(1);
    await page.addInitScript(() => {
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = function (key: string, value: string) {
        if (this === window.localStorage) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return setItem.call(this, key, value);
      };
    });
    await page.reload();
    const warning = page.getByRole('alert').filter({ hasText: 'Not protected against a crash' });
    await warning.waitFor();
    await warning.getByRole('button', { name: 'Export flow JSON' }).waitFor();
    await flowName(page).fill('Saved all the same');
    await flowName(page).press('Enter');
    await expect.poll(() => page.getByRole('status').filter({ hasText: /^Saved$/ }).count()).toBe(1);
    await screenshot(page, 'storage-journal-full');
    await page.reload();
    await expect.poll(() => flowName(page).inputValue()).toBe('Saved all the same');
    expect(app.consoleErrors).toEqual([]);
    await app.close();
  });
});
