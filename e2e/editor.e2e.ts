import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openApp, screenshot } from './helpers/browser';
import { centerOf, dragBox, dragConnection, dragFromPalette, dragNodeBy, fitView, waitForViewToSettle, viewTransform } from './helpers/canvas';
import { focusByKeyboard, newFlowByKeyboard, pickWithArrows } from './helpers/keyboard';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('editor', () => {
  it('builds Pause → voice Handover by drag and drop, validates live, and undoes/redoes', async () => {
    const app = await openApp(browser);
    const { page } = app;
    // A fresh profile starts on the library: open the voice template (at a readable zoom, as the
    // drop-position checks below expect) and clear it.
    await page.getByRole('button', { name: 'Use template Voice handover to Zendesk' }).click();
    const canvas = page.getByRole('region', { name: 'Flow canvas' });
    await canvas.waitFor();
    await expect.poll(() => page.locator('.react-flow__node').count()).toBeGreaterThan(0);
    await canvas.click({ position: { x: 400, y: 300 } });
    await page.keyboard.press('Control+a');
    await page.keyboard.press('Delete');
    await expect.poll(() => page.locator('.react-flow__node').count()).toBe(0);

    const box = (await canvas.boundingBox())!;
    const drops = [
      { x: box.x + 200, y: box.y + 250 },
      { x: box.x + 560, y: box.y + 250 },
    ];
    await dragFromPalette(page, page.getByRole('button', { name: 'Pause', exact: true }), drops[0]);
    const pause = page.getByRole('group', { name: 'Pause', exact: true });
    await pause.waitFor();
    await dragFromPalette(page, page.getByRole('button', { name: 'Handover', exact: true }), drops[1]);
    const handover = page.getByRole('group', { name: 'Handover', exact: true });
    await handover.waitFor();
    // Dropped where released: the Pause left of the Handover, each under its drop point.
    const p = await centerOf(pause);
    const h = await centerOf(handover);
    expect(Math.abs(p.x - drops[0].x)).toBeLessThan(40);
    expect(h.x - p.x).toBeGreaterThan(300);
    for (const [node, drop] of [[pause, drops[0]], [handover, drops[1]]] as const) {
      const b = (await node.boundingBox())!;
      expect(drop.y).toBeGreaterThan(b.y);
      expect(drop.y).toBeLessThan(b.y + b.height);
    }

    // Connect Pause "Next" to the Handover's input by dragging the handle.
    await dragConnection(page, pause.getByLabel('Next output'), handover, 'connect');
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

  it('builds Human requested → Message → Pause → Handover with the keyboard alone', async () => {
    const app = await openApp(browser);
    const { page } = app;
    // Enter on a palette item adds the kind in the middle of the view, selected, beside the others.
    const canvas = await newFlowByKeyboard(page, ['Human requested', 'Message', 'Pause', 'Handover']);
    const boxes = await Promise.all(['Human requested', 'Message', 'Pause', 'Handover'].map(async (name) => (await canvas.getByRole('group', { name, exact: true }).boundingBox())!));
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i], boxes[j]];
        expect(a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y).toBe(true);
      }
    }

    // The Outline selects each step; the inspector's "Next step" picker wires it.
    await focusByKeyboard(page, page.getByRole('tab', { name: /Problems/ }));
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    const outline = page.getByRole('listbox', { name: 'Outline' });
    const inspector = page.getByRole('complementary', { name: 'Inspector' });
    const wire = async (from: number, to: RegExp) => {
      await focusByKeyboard(page, outline, 'Shift+Tab');
      await page.keyboard.press('Home');
      for (let i = 0; i < from; i++) await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      const picker = inspector.getByRole('combobox', { name: 'Next step after Next' });
      await focusByKeyboard(page, picker);
      await pickWithArrows(page, picker, to);
    };
    await wire(0, /^Message/);
    // Message is second in reading order now that it is connected: give it its words.
    await focusByKeyboard(page, outline, 'Shift+Tab');
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    const text = inspector.getByRole('textbox', { name: /^Message/ });
    await focusByKeyboard(page, text);
    await page.keyboard.type('Thank you! Someone from the team will get back to you.');
    await wire(1, /^Pause/);
    await wire(2, /^Handover/);
    await expect.poll(() => page.locator('.react-flow__edge').count()).toBe(3);
    await expect.poll(() => outline.getByRole('option').allTextContents()).toEqual([
      expect.stringMatching(/^Human requested/),
      expect.stringMatching(/^Message.*Thank you!/),
      expect.stringMatching(/^Pause/),
      expect.stringMatching(/^Handover/),
    ]);
    await expect.poll(() => page.getByRole('button', { name: /^Problems:/ }).getAttribute('aria-label')).toMatch(/^Problems: (none|0 errors)/);

    // Undo from the keyboard takes back the last wiring as one step.
    await focusByKeyboard(page, outline, 'Shift+Tab');
    const undo = page.getByRole('button', { name: 'Undo' });
    await expect.poll(() => undo.getAttribute('title')).toMatch(/Handover/);
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.getByRole('button', { name: 'Redo' }).getAttribute('title')).toMatch(/^Redo .*Handover/);
    expect(app.consoleErrors).toEqual([]);
    await app.close();
  });

  it('multi-selects (shift-click, box), moves a node as one undo step, and refuses bad connections while dragging', async () => {
    const app = await openApp(browser);
    const { page } = app;
    await page.getByRole('button', { name: 'New blank flow' }).click();
    const canvas = page.getByRole('region', { name: 'Flow canvas' });
    for (const name of ['Human requested', 'Message', 'Pause']) {
      await page.getByRole('button', { name, exact: true }).focus();
      await page.keyboard.press('Enter');
    }
    const node = (name: string) => canvas.getByRole('group', { name, exact: true });
    const inspector = page.getByRole('complementary', { name: 'Inspector' });
    // The third node lands at the canvas's right edge: the whole flow in view with room around it,
    // so no drag below comes near the edge, where React Flow pans the view by itself.
    await node('Pause').waitFor();
    await fitView(page, 2);

    // Shift-click adds to the selection.
    await node('Human requested').click({ position: { x: 60, y: 15 } });
    await node('Message').click({ position: { x: 60, y: 15 }, modifiers: ['Shift'] });
    await inspector.getByRole('heading', { name: '2 items selected' }).waitFor();

    // A whole drag is one undo step. Positions are read against a node that stays put.
    const offset = async () => {
      const [a, b] = [(await node('Pause').boundingBox())!, (await node('Human requested').boundingBox())!];
      return `${Math.round(a.x - b.x)},${Math.round(a.y - b.y)}`;
    };
    const before = await offset();
    await dragNodeBy(page, node('Pause'), 120, 72);
    expect(await offset()).not.toBe(before);
    await expect.poll(() => page.getByRole('button', { name: 'Undo' }).getAttribute('title')).toMatch(/^Undo Move Pause/);
    await page.keyboard.press('Control+z');
    await expect.poll(offset).toBe(before);
    await expect.poll(() => page.getByRole('button', { name: 'Undo' }).getAttribute('title')).toMatch(/^Undo Add Pause/);

    // Dragging an output onto a trigger is refused; onto a step it connects; a used output is refused.
    // Each drag is released once React Flow shows the input it would end on as valid or not.
    const drag = (from: string, to: string, outcome: 'connect' | 'refuse') => dragConnection(page, node(from).getByLabel('Next output'), node(to), outcome);
    const edges = page.locator('.react-flow__edge');
    await drag('Message', 'Human requested', 'refuse');
    await drag('Pause', 'Human requested', 'refuse');
    expect(await edges.count()).toBe(0);
    await drag('Human requested', 'Message', 'connect');
    await expect.poll(() => edges.count()).toBe(1);
    await drag('Human requested', 'Pause', 'refuse');
    await drag('Message', 'Message', 'refuse');
    expect(await edges.count()).toBe(1);
    await drag('Message', 'Pause', 'connect');
    await expect.poll(() => edges.count()).toBe(2);

    // Box select: Shift+drag over empty canvas around every node.
    await page.keyboard.press('Escape');
    const all = await Promise.all(['Human requested', 'Message', 'Pause'].map(async (n) => (await node(n).boundingBox())!));
    const left = Math.min(...all.map((b) => b.x)) - 20;
    const top = Math.min(...all.map((b) => b.y)) - 20;
    const right = Math.max(...all.map((b) => b.x + b.width)) + 20;
    const bottom = Math.max(...all.map((b) => b.y + b.height)) + 20;
    await dragBox(page, { x: left, y: top }, { x: right, y: bottom });
    // The three nodes and the two connections between them.
    await inspector.getByRole('heading', { name: '5 items selected' }).waitFor({ timeout: 5000 });
    expect(app.consoleErrors).toEqual([]);
    await app.close();
  });

  it('takes the README screenshots of the editor in light and dark', async () => {
    const app = await openApp(browser);
    const { page } = app;
    await page.emulateMedia({ colorScheme: 'light' });
    await page.getByRole('button', { name: 'Use template Voice handover to Zendesk' }).click();
    const canvas = page.getByRole('region', { name: 'Flow canvas' });
    // The template opens readable on its trigger; the SIP transfer is further right, off screen.
    await canvas.getByRole('group', { name: 'Human requested', exact: true }).waitFor();
    // Select the SIP transfer by search: it is centred at a readable zoom with its inspector open.
    const opened = await viewTransform(page);
    await page.keyboard.press('Control+f');
    await page.keyboard.type('SIP desk');
    await page.keyboard.press('Enter');
    await canvas.getByRole('group', { name: 'Handover: Transfer to SIP desk' }).waitFor();
    await waitForViewToSettle(page, opened); // the centring glide, which a zoom would interrupt
    const centred = await viewTransform(page);
    await page.getByRole('button', { name: 'Zoom Out' }).click();
    await waitForViewToSettle(page, centred);
    await screenshot(page, 'editor-light');
    await page.getByRole('button', { name: 'Switch to dark theme' }).click();
    await page.getByRole('button', { name: 'Switch to light theme' }).waitFor();
    await screenshot(page, 'editor-dark');

    // A laptop-sized window with both side panels open leaves the canvas narrow: the minimap
    // gives its room back to the flow, and returns when the window is wide again.
    const minimap = canvas.getByRole('img', { name: 'Mini map' });
    expect(await minimap.isVisible()).toBe(true);
    await page.setViewportSize({ width: 1024, height: 700 });
    await expect.poll(() => minimap.isVisible()).toBe(false);
    await page.setViewportSize({ width: 1280, height: 800 });
    await expect.poll(() => minimap.isVisible()).toBe(true);
    expect(app.consoleErrors).toEqual([]);
    await app.close();
  });
});
