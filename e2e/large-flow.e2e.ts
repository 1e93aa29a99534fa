import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { generateFlow } from '../src/ui/bench/generateFlow';
import { exportFlowJson } from '../src/storage/exportFlowJson';
import { flowOrder } from '../src/editor/flowOrder';
import { launchBrowser, openApp } from './helpers/browser';

const N = 1000;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('a 1,000-node flow', () => {
  it('imports through the library, renders on the canvas and fits whole, offline and without errors', async () => {
    // The production build has no bench mode: import the generated flow as a user would, as a file.
    const flow = generateFlow(N);
    const file = { name: 'large-flow.baton.json', mimeType: 'application/json', buffer: Buffer.from(exportFlowJson(flow)) };
    const app = await openApp(browser);
    const { page } = app;
    await page.getByRole('heading', { name: 'Flows' }).waitFor({ timeout: 15_000 });
    await page.getByLabel('Import flow file').setInputFiles(file);

    const canvas = page.getByRole('region', { name: 'Flow canvas' });
    await canvas.waitFor({ timeout: 30_000 });
    await expect.poll(() => page.getByRole('textbox', { name: 'Flow name' }).inputValue().catch(() => ''), { timeout: 15_000 }).toBe(`Benchmark flow, ${N} nodes`);

    // It opens on its triggers at a readable zoom; only what is on screen is mounted.
    const nodes = canvas.locator('[aria-roledescription="node"]');
    await canvas.getByRole('group', { name: 'Human requested', exact: true }).waitFor({ timeout: 15_000 });
    await expect(canvas.getByRole('group', { name: 'Knowledge gap', exact: true }).isVisible()).resolves.toBe(true);
    const mounted = await nodes.count();
    expect(mounted).toBeGreaterThan(4);
    expect(mounted).toBeLessThan(N);

    // Fit view shows every node: below the map zoom a flow this size is drawn on one canvas layer
    // (the map), described in words, with no DOM node left visible; the compact faces and their
    // edge anchors are checked on flows under the map's size (e2e/map-layer.e2e.ts, unit tests).
    await page.getByRole('button', { name: /fit view/i }).click();
    const map = canvas.getByRole('img', { name: 'Flow map' });
    await map.waitFor({ timeout: 30_000 });
    const description = async () => {
      const id = await map.getAttribute('aria-describedby');
      return id ? ((await page.locator(`[id="${id}"]`).textContent()) ?? '') : '';
    };
    await expect.poll(description, { timeout: 30_000 }).toContain(`${N} nodes and ${flow.edges.length} connections`);
    expect(await canvas.locator('[aria-roledescription="node"]:not([aria-hidden="true"])').count()).toBe(0);

    // The Outline is windowed: a panel of rows in the DOM, and the keyboard still reaches the last.
    await page.getByRole('tab', { name: 'Outline' }).click();
    const outline = page.getByRole('listbox', { name: 'Outline' });
    const order = flowOrder(flow);
    expect(await outline.getByRole('option').count()).toBeLessThan(80);
    await outline.focus();
    await page.keyboard.press('End');
    const last = page.locator(`#outline-${order[N - 1]}`);
    await expect.poll(() => last.getAttribute('aria-posinset')).toBe(String(N));
    expect(await outline.getAttribute('aria-activedescendant')).toBe(`outline-${order[N - 1]}`);
    expect(await outline.getByRole('option').count()).toBeLessThan(80);
    await page.keyboard.press('Enter');
    await expect.poll(() => last.getAttribute('aria-selected')).toBe('true');
    // Scrolled away from the active row (as a wheel would), the list points at no missing element;
    // the next arrow key brings the active row back.
    await page.keyboard.press('Home');
    await expect.poll(() => outline.getAttribute('aria-activedescendant')).toBe(`outline-${order[0]}`);
    await outline.evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
    await expect.poll(() => outline.getAttribute('aria-activedescendant')).toBeNull();
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => outline.getAttribute('aria-activedescendant')).toBe(`outline-${order[1]}`);
    await page.getByRole('tab', { name: 'Problems' }).click();

    // The generated flow is valid: warnings and infos only, no errors.
    await page.getByRole('button', { name: /^Problems: 0 errors, \d+ warnings$/ }).waitFor({ timeout: 5_000 });

    await page.waitForLoadState('networkidle');
    expect(app.blockedRequests).toEqual([]);
    expect(app.consoleErrors).toEqual([]);
    await app.close();
  });
});
