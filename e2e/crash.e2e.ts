import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { appUrl, launchBrowser, openApp, type AppPage } from './helpers/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const flowName = (page: Page) => page.getByRole('textbox', { name: 'Flow name' });
const saved = (page: Page) => page.getByRole('status').filter({ hasText: /^Saved$/ });

/**
 * Kills the renderer at once through the DevTools protocol (Page.crash): no pagehide, no
 * visibilitychange, no unload — the worst moment for unsaved work.
 */
async function crash(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const crashed = new Promise<void>((resolve) => page.once('crash', () => resolve()));
  void cdp.send('Page.crash').catch(() => {}); // never answers: the page is gone
  await crashed;
}

/** A template opened and saved, so IndexedDB holds version 1 of the flow. */
async function openSavedTemplate(app: AppPage): Promise<string> {
  const { page } = app;
  await page.getByRole('button', { name: 'Use template Chat handover' }).click();
  await expect.poll(() => flowName(page).inputValue()).toBe('Chat handover');
  await expect.poll(() => saved(page).count()).toBe(1);
  return page.url();
}

/** Renames the flow; the rename is committed when Enter blurs the field, and the page crashes `delay` ms later. */
async function renameThenCrash(page: Page, name: string, delay = 0): Promise<void> {
  await flowName(page).fill(name);
  await flowName(page).press('Enter');
  if (delay) await page.waitForTimeout(delay);
  await crash(page);
}

/** The flow-canvas transform of a node: its position in flow coordinates. */
const positionOf = (page: Page, index: number) => page.locator('.react-flow__node').nth(index).evaluate((el) => (el as HTMLElement).style.transform);

describe('crash recovery', () => {
  it('keeps a rename committed 0 ms before a renderer crash, in the restored tab', async () => {
    const app = await openApp(browser);
    const { page } = app;
    const url = await openSavedTemplate(app);
    const tabId = await page.evaluate(() => sessionStorage.getItem('baton.tabId'));
    expect(tabId).toBeTruthy();
    await renameThenCrash(page, 'Renamed, then crashed');

    // Restoring a crashed tab reloads it with its sessionStorage. Playwright refuses to navigate a
    // crashed page, so the restored tab is a new page given the crashed tab's sessionStorage first.
    const restored = await app.context.newPage();
    await restored.addInitScript((id) => sessionStorage.setItem('baton.tabId', id), tabId!);
    await restored.goto(url);
    await expect.poll(() => flowName(restored).inputValue()).toBe('Renamed, then crashed');
    await expect.poll(() => saved(restored).count()).toBe(1); // and the recovered edit is saved
    // The same owner: the crashed renderer's Web Lock was released, so the id was not taken.
    expect(await restored.evaluate(() => sessionStorage.getItem('baton.tabId'))).toBe(tabId);

    // Written to IndexedDB: another tab sees it, with no journal entry left to replay.
    const other = await app.context.newPage();
    await other.goto(url);
    await expect.poll(() => flowName(other).inputValue()).toBe('Renamed, then crashed');
    expect(await other.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('baton.journal:') && /:\d+$/.test(k)))).toEqual([]);
    expect(app.consoleErrors).toEqual([]);
    expect(app.blockedRequests).toEqual([]);
    await app.close();
  });

  // 300 ms: the old journal's timer had not fired yet, and the IndexedDB save comes at 400 ms.
  it.each([0, 300])('keeps a rename committed %i ms before a renderer crash, in a new tab of the same browser', async (delay) => {
    const app = await openApp(browser);
    const { page } = app;
    const url = await openSavedTemplate(app);
    await renameThenCrash(page, 'Crashed, opened elsewhere', delay);

    const tab = await app.context.newPage();
    const errors: string[] = [];
    tab.on('pageerror', (e) => errors.push(e.message));
    await tab.goto(appUrl('/')); // no hash: Baton reopens the last flow
    await expect.poll(() => flowName(tab).inputValue()).toBe('Crashed, opened elsewhere');
    await expect.poll(() => saved(tab).count()).toBe(1);
    expect(tab.url()).toBe(url);
    expect(errors).toEqual([]);
    await app.close();
  });

  it('opens a consistent flow after a crash in the middle of a node drag: the node where it was or where the drag had taken it', async () => {
    const app = await openApp(browser);
    const { page } = app;
    const url = await openSavedTemplate(app);
    const nodes = page.locator('.react-flow__node');
    const count = await nodes.count();
    const before = await positionOf(page, 1);
    const box = (await nodes.nth(1).boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + 12);
    await page.mouse.down();
    const seen = new Set([before]);
    for (let i = 1; i <= 8; i++) {
      await page.mouse.move(box.x + box.width / 2 + i * 15, box.y + 12 + i * 9);
      seen.add(await positionOf(page, 1));
    }
    // The drag did move the node: wait for it to be drawn away from where it was (a render can come
    // after the last move on a busy machine), then crash with the mouse still down.
    await expect.poll(() => positionOf(page, 1)).not.toBe(before);
    seen.add(await positionOf(page, 1));
    expect(seen.size).toBeGreaterThan(1);
    await crash(page); // mouse still down

    const tab = await app.context.newPage();
    const errors: string[] = [];
    tab.on('pageerror', (e) => errors.push(e.message));
    await tab.goto(url);
    await expect.poll(() => flowName(tab).inputValue()).toBe('Chat handover');
    await expect.poll(() => tab.locator('.react-flow__node').count()).toBe(count);
    const after = await positionOf(tab, 1);
    expect(seen).toContain(after);
    expect(await tab.getByRole('alert').count()).toBe(0);
    await expect.poll(() => saved(tab).count()).toBe(1);
    expect(errors).toEqual([]);
    await app.close();
  });
});
