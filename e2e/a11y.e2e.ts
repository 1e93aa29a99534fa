import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openApp } from './helpers/browser';
import { buildWalkFlow, flowFile } from './helpers/walkFlow';
import { walkScreens } from './helpers/walkScreens';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** One line per serious or critical axe violation: rule, impact, and where (the first few nodes). */
type Finding = string;

describe('accessibility (axe-core)', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no serious or critical axe violation on any screen, ${colorScheme} theme`, async () => {
      // The app follows the system theme until the user picks one.
      const app = await openApp(browser, '/', { viewport: { width: 1400, height: 900 }, colorScheme });
      const { page } = app;
      page.setDefaultTimeout(15_000);
      const findings: Record<string, Finding[]> = {};
      let minor = 0;
      const minorRules = new Set<string>();
      const screens = await walkScreens(page, flowFile(buildWalkFlow()), async (screen, scope) => {
        expect(await page.evaluate(() => document.documentElement.dataset.theme ?? 'light')).toBe(colorScheme);
        // The whole page where it is new, else the part this screen changed (axe is slow on a canvas).
        const axe = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']);
        const { violations } = await (scope ? axe.include(scope) : axe).analyze();
        const bad = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
        minor += violations.length - bad.length;
        for (const v of violations) if (!bad.includes(v)) minorRules.add(`${v.id} (${v.impact}) on ${screen}`);
        if (bad.length) {
          findings[screen] = bad.map((v) => `${v.id} (${v.impact}, ${v.nodes.length}×): ${v.nodes.slice(0, 3).map((n) => `${n.target.join(' ')} — ${n.failureSummary?.split('\n')[1]?.trim() ?? ''}`).join(' | ')}`);
        }
      });
      console.log(`a11y ${colorScheme}: ${screens.length} screens scanned, ${Object.values(findings).flat().length} serious/critical, ${minor} minor/moderate: ${[...minorRules].join('; ')}`);
      expect(findings).toEqual({});
      expect(app.consoleErrors).toEqual([]);
      await app.close();
    }, 300_000);
  }
});
