import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openApp } from './helpers/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('smoke', () => {
  it('loads the built app with a main landmark, offline, without console errors', async () => {
    const app = await openApp(browser);
    await app.page
      .getByRole('main')
      .waitFor({ state: 'visible', timeout: 15_000 })
      .catch((error: Error) => {
        throw new Error(`${error.message}\nConsole errors: ${JSON.stringify(app.consoleErrors, null, 2)}`);
      });
    expect(await app.page.title()).toMatch(/Baton/);
    // Let lazy chunks and effects settle before judging the console.
    await app.page.waitForLoadState('networkidle');
    expect(app.blockedRequests).toEqual([]);
    expect(app.consoleErrors).toEqual([]);
    await app.close();
  });

  it('aborts and records any request that leaves 127.0.0.1', async () => {
    // The app's Content-Security-Policy already refuses such a fetch (e2e/csp.e2e.ts); bypass it
    // here so the request reaches the test's own guard, which must catch it too.
    const app = await openApp(browser, '/', { bypassCSP: true });
    const outcome = await app.page.evaluate(() =>
      fetch('https://example.com/tracker.js').then(
        () => 'reached',
        () => 'blocked',
      ),
    );
    expect(outcome).toBe('blocked');
    expect(app.blockedRequests).toEqual(['https://example.com/tracker.js']);
    await app.close();
  });
});
