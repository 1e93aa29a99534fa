import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { launchBrowser, openApp, screenshot } from './helpers/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** dnd-kit needs a few intermediate moves before a drag starts (5 px activation distance). */
async function dragTo(page: Page, from: Locator, to: { x: number; y: number }) {
  const box = (await from.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 10, box.y + box.height / 2 + 5, { steps: 5 });
  await page.mouse.move(to.x, to.y, { steps: 15 });
  await page.mouse.up();
}

async function center(locator: Locator) {
  const box = (await locator.boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

describe('editor', () => {
  it('builds Pause → voice Handover by drag and drop, validates live, and undoes/redoes', async () => {
    const app = await openApp(browser);
    const { page } = app;
    // A fresh profile starts on the library: open the voice template (the view is then fitted to
    // a large flow, as the drop-position checks below expect) and clear it.
    await page.getByRole('button', { name: 'Use template Voice handover to Zendesk' }).click();
    const canvas = page.getByRole('region', { name: 'Flow canvas' });
    await canvas.waitFor();
    await expect.poll(() => page.locator('.react-flow__node').count()).toBeGreaterThan(0);
    await canvas.click({ position: { x: 400, y: 300 } });
    await page.keyboard.press('Control+a');
    await page.keyboard.press('Delete');
    await expect.poll(() => page.locator('.react-flow__node').count()).toBe(0);

    const box = (await canvas.boundingBox())!;
    await dragTo(page, page.getByRole('button', { name: 'Pause', exact: true }), { x: box.x + 200, y: box.y + 250 });
    await dragTo(page, page.getByRole('button', { name: 'Handover', exact: true }), { x: box.x + 560, y: box.y + 250 });
    const pause = page.getByRole('group', { name: 'Pause', exact: true });
    const handover = page.getByRole('group', { name: 'Handover', exact: true });
    await pause.waitFor();
    await handover.waitFor();
    // Dropped where released: the Pause left of the Handover, near the drop points.
    const p = await center(pause);
    const h = await center(handover);
    expect(Math.abs(p.x - (box.x + 200))).toBeLessThan(40);
    expect(h.x - p.x).toBeGreaterThan(300);

    // Connect Pause "Next" to the Handover's input by dragging the handle.
    const from = await center(pause.getByLabel('Next output'));
    const to = await center(handover.locator('.react-flow__handle.target'));
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(to.x, to.y, { steps: 12 });
    await page.mouse.up();
    await expect.poll(() => page.locator('.react-flow__edge').count()).toBe(1);

    // Voice transfer with no destination → a problem; a valid number → it goes away.
    await handover.click();
    await page.getByRole('combobox', { name: 'Hand over to' }).selectOption({ label: 'Voice transfer' });
    const problems = page.getByRole('tabpanel', { name: /Problems/ });
    const destination = page.getByRole('textbox', { name: 'Destination' });
    await expect.poll(() => problems.getByRole('button', { name: /destination/i }).count()).toBeGreaterThan(0);
    await destination.fill('+12025551234');
    await expect.poll(() => problems.getByRole('button', { name: /destination is empty|not an E\.164/i }).count()).toBe(0);
    await screenshot(page, 'editor-e2e');

    // Undo the destination edit (one step), then redo it.
    await destination.blur();
    await canvas.click({ position: { x: 60, y: 60 } });
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.getByRole('group', { name: 'Handover', exact: true }).textContent()).not.toContain('+12025551234');
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => page.getByRole('group', { name: 'Handover', exact: true }).textContent()).toContain('+12025551234');

    expect(app.consoleErrors).toEqual([]);
    expect(app.blockedRequests).toEqual([]);
    await app.close();
  });
});
