#!/usr/bin/env node
// node bench/screenshotMap.mjs [--dist=dist-bench] [--sizes=3000,10000]
// Screenshots of the generated flow fitted whole (the map layer), from the bench build that
// `npm run bench` leaves in dist-bench/: docs/screenshots/map-whole-N.png, light and dark, plus a
// closer look at 30 % zoom (titles and badges) and one at 100 % (DOM nodes, the map's minimap, dark)
// for the first size.
import { chromium } from 'playwright-core';
import { preview } from 'vite';

const option = (name) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const dist = option('dist') ?? 'dist-bench';
const sizes = (option('sizes') ?? '3000,10000').split(',').map(Number);

const server = await preview({ logLevel: 'warn', build: { outDir: dist }, preview: { host: '127.0.0.1', port: 0 } });
const base = server.resolvedUrls.local[0];
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
try {
  for (const [k, n] of sizes.entries()) {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    page.on('pageerror', (e) => console.error(`screenshotMap: ${n} nodes: ${e.message}`));
    await page.goto(`${base}?bench=${n}`);
    await page.waitForFunction(() => window.__bench?.ready, null, { timeout: 180_000 });
    // The map layer's chunk loads when the browser is idle after the first paint.
    await page.waitForTimeout(1500);
    await page.evaluate(() => window.__bench.rf.fitView({ duration: 0 }));
    await page.getByRole('img', { name: 'Flow map' }).waitFor({ timeout: 60_000 });
    await page.waitForTimeout(1000);
    await page.screenshot({ path: `docs/screenshots/map-whole-${n}.png` });
    await page.getByRole('button', { name: 'Switch to dark theme' }).click();
    await page.waitForTimeout(800);
    await page.screenshot({ path: `docs/screenshots/map-whole-${n}-dark.png` });
    await page.getByRole('button', { name: 'Switch to light theme' }).click();
    if (k === 0) {
      await page.evaluate(() => window.__bench.rf.setViewport({ x: 40, y: 20, zoom: 0.3 }));
      await page.waitForTimeout(800);
      await page.screenshot({ path: `docs/screenshots/map-zoom-30-${n}.png` });
      // Zoomed in (DOM nodes): a large flow keeps the map's minimap, here in the dark theme.
      await page.getByRole('button', { name: 'Switch to dark theme' }).click();
      await page.evaluate(() => window.__bench.rf.setViewport({ x: -2000, y: -600, zoom: 1 }));
      await page.waitForTimeout(1500);
      await page.screenshot({ path: `docs/screenshots/map-minimap-zoom-100-${n}-dark.png` });
      await page.getByRole('button', { name: 'Switch to light theme' }).click();
    }
    console.log(`screenshotMap: ${n} nodes → docs/screenshots/map-whole-${n}.png`);
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
