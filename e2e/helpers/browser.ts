/**
 * Browser-test helpers (Debian's Chromium driven by playwright-core). Use them from any
 * e2e/*.e2e.ts file; `npm run test:e2e` builds the app, serves dist/ on 127.0.0.1 and runs them.
 *
 *   import { afterAll, beforeAll, expect, it } from 'vitest';
 *   import { launchBrowser, openApp, screenshot, type AppPage } from './helpers/browser';
 *
 *   let browser: Browser;
 *   beforeAll(async () => { browser = await launchBrowser(); });
 *   afterAll(async () => { await browser.close(); });
 *
 *   it('does something', async () => {
 *     const app = await openApp(browser);              // new context + page at the app's URL
 *     await app.page.getByRole('button', { name: 'Handover' }).click();
 *     await screenshot(app.page, 'handover-inspector'); // → docs/screenshots/handover-inspector.png
 *     expect(app.consoleErrors).toEqual([]);           // console errors and uncaught exceptions
 *     expect(app.blockedRequests).toEqual([]);         // any request that tried to leave 127.0.0.1
 *     await app.close();
 *   });
 *
 * - launchBrowser(): headless Chromium from /usr/bin/chromium with the flags proven on this machine.
 * - openApp(browser, path?, options?): a fresh context (so IndexedDB starts empty; pass
 *   `storageState` or reuse `app.context.newPage()` to keep it) whose every request to a host
 *   other than 127.0.0.1 is aborted and recorded; waits until the page has loaded.
 * - appUrl(path?): the preview server's URL for a path, e.g. for `page.goto(appUrl('/'))` on reload.
 * - screenshot(page, name): writes docs/screenshots/NAME.png once nothing moves (settled) and
 *   returns the path.
 * Pointer drags on the canvas and from the palette: use e2e/helpers/canvas.ts, whose gestures
 * wait for what was drawn at each step and keep clear of the edge where React Flow auto-pans.
 */
import { mkdir } from 'node:fs/promises';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { waitForViewToSettle } from './canvas';

export const CHROMIUM_PATH = '/usr/bin/chromium';

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
}

/** The preview server's URL for `path` ('/' by default). */
export function appUrl(path = '/'): string {
  return inject('baseUrl') + (path.startsWith('/') ? path : `/${path}`);
}

export interface AppPage {
  page: Page;
  context: BrowserContext;
  /** Console messages of type "error" and uncaught page exceptions, in order. */
  consoleErrors: string[];
  /** URLs of requests that tried to leave 127.0.0.1 (they were aborted). */
  blockedRequests: string[];
  close(): Promise<void>;
}

function isLocal(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  if (protocol !== 'http:' && protocol !== 'https:' && protocol !== 'ws:' && protocol !== 'wss:') return true;
  return hostname === '127.0.0.1';
}

/** Opens the app in a fresh context that cannot reach the network and records console errors. */
export async function openApp(browser: Browser, path = '/', options: BrowserContextOptions = {}): Promise<AppPage> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, ...options });
  const blockedRequests: string[] = [];
  const consoleErrors: string[] = [];
  // No network at run time: the app must work offline, so any outside request is a failure.
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (isLocal(url)) return route.continue();
    blockedRequests.push(url);
    return route.abort('blockedbyclient');
  });
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(`Uncaught: ${error.message}`));
  await page.goto(appUrl(path), { waitUntil: 'load' });
  return { page, context, consoleErrors, blockedRequests, close: () => context.close() };
}

/**
 * The app on a starter template, as a user meets it: the template chosen from the library, its
 * canvas shown and fitted whole, so any node can be clicked by its name.
 */
export async function openTemplate(browser: Browser, template: string, options: BrowserContextOptions = {}): Promise<AppPage> {
  const app = await openApp(browser, '/', options);
  app.page.setDefaultTimeout(20_000);
  await app.page.getByRole('button', { name: `Use template ${template}` }).click();
  await app.page.getByRole('group', { name: 'Human requested', exact: true }).waitFor();
  await app.page.getByRole('region', { name: 'Flow canvas' }).getByRole('button', { name: /fit view/i }).click();
  await waitForViewToSettle(app.page);
  return app;
}

/** Opens the Simulator tab and makes the bottom panel taller with the keyboard on its splitter, as a user may do. */
export async function openSimulatorTall(page: Page): Promise<void> {
  await page.getByRole('tab', { name: 'Simulator', exact: true }).click();
  await page.getByRole('tabpanel', { name: 'Simulator' }).waitFor();
  await page.getByRole('separator', { name: 'Resize bottom panel' }).focus();
  for (let i = 0; i < 6; i++) await page.keyboard.press('Shift+ArrowUp');
}

/**
 * Waits until nothing on the page is still moving: CSS transitions and finite animations have
 * ended and the canvas view (a glide after Fit view, search or Tidy layout) holds still.
 */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getComputedTiming().iterations === Infinity));
  if (await page.locator('.react-flow__viewport').count()) await waitForViewToSettle(page);
}

/** Saves a PNG of the page under docs/screenshots/ for the README, once nothing moves. */
export async function screenshot(page: Page, name: string): Promise<string> {
  if (!/^[a-z0-9][a-z0-9-]*$/.test(name)) throw new Error(`Screenshot name "${name}": use lowercase letters, digits and "-"`);
  await settled(page);
  await mkdir('docs/screenshots', { recursive: true });
  const path = `docs/screenshots/${name}.png`;
  await page.screenshot({ path });
  return path;
}
