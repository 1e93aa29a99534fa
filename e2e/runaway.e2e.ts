import { readFileSync } from 'node:fs';
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

// Issue 11: a loop the validator cannot see (its description says why; test/fuzz/runawayFlow.test.ts).
const RUNAWAY = readFileSync('test/fuzz/runawayRetry.baton.json');

describe('a runaway flow in the Simulator', () => {
  it('stops with the step-limit error, keeps the page responsive and takes the next input', async () => {
    const app = await openApp(browser, '/', { viewport: { width: 1600, height: 1100 } });
    const { page } = app;
    page.setDefaultTimeout(20_000);
    await page.getByLabel('Import flow file').setInputFiles({ name: 'runaway.baton.json', mimeType: 'application/json', buffer: RUNAWAY });
    await page.getByRole('tab', { name: 'Simulator', exact: true }).click();
    await page.getByRole('combobox', { name: 'Channel' }).selectOption({ label: 'Browser voice' });

    // Long tasks and the heap around the runaway Start (Chromium's performance.memory), for the report.
    await page.evaluate(() => {
      const w = window as unknown as { __longTasks: number[]; __heapBefore: number };
      w.__longTasks = [];
      new PerformanceObserver((list) => list.getEntries().forEach((e) => w.__longTasks.push(e.duration))).observe({ type: 'longtask' });
      w.__heapBefore = (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0;
    });
    const started = Date.now();
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    const transcript = page.getByRole('log', { name: 'Transcript' });
    await expect.poll(() => transcript.textContent(), { timeout: 20_000 }).toContain('Stopped after 1000 steps in one turn, at node "again"');
    const shownAfter = Date.now() - started;
    // A frame comes: the page is not frozen.
    const frame = await page.evaluate(() => new Promise<number>((done) => { const t = performance.now(); requestAnimationFrame(() => done(performance.now() - t)); }));
    const figures = await page.evaluate(() => {
      const w = window as unknown as { __longTasks: number[]; __heapBefore: number };
      const heap = (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0;
      return { longest: Math.max(0, ...w.__longTasks), total: w.__longTasks.reduce((a, b) => a + b, 0), heapGrowthMb: (heap - w.__heapBefore) / 1e6 };
    });
    console.log(
      `runaway Start: error shown after ${shownAfter} ms; longest task ${figures.longest.toFixed(0)} ms, long tasks ${figures.total.toFixed(0)} ms in all; next frame ${frame.toFixed(0)} ms; heap +${figures.heapGrowthMb.toFixed(1)} MB`,
    );
    expect(await transcript.textContent()).toContain('the flow runs too long without waiting for input (a loop, or a chain longer than 1000 steps)');

    // The conversation goes on: the next input runs a turn of its own.
    await page.getByRole('textbox', { name: 'Message as the user', exact: true }).fill('hello?');
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    await expect.poll(() => transcript.textContent()).toContain('hello?');
    expect(app.consoleErrors).toEqual([]);
    await app.close();
  });
});
