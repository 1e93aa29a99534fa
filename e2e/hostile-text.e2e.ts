import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openApp, screenshot } from './helpers/browser';
import { buildWalkFlow, flowFile, withText } from './helpers/walkFlow';
import { walkScreens } from './helpers/walkScreens';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/**
 * Markup and tricks that would run or inject something if any screen treated text as HTML or a
 * URL. Each sets window.__pwned or adds an element the test looks for. All fit the shortest field
 * they go in (a node title: 120 characters).
 */
const PAYLOADS = [
  '<script>window.__pwned="script"</script>',
  '<img src=x onerror="window.__pwned=\'img\'">',
  'javascript:window.__pwned="url"',
  '<svg onload="window.__pwned=\'svg\'"><script>window.__pwned="svg-script"</script></svg>',
  '\u202Efdp.exe\u202C <b>bold</b>',
  '"><iframe src="javascript:window.__pwned=\'iframe\'"></iframe>',
  '<a href="javascript:window.__pwned=\'link\'">click</a>{{__proto__}}',
];

declare global {
  interface Window {
    __pwned?: string;
  }
}

/** No payload ran or added an element; the page still has the app. */
async function expectUnharmed(page: Page, where: string) {
  const state = await page.evaluate(() => ({
    pwned: window.__pwned ?? null,
    injected: [...document.querySelectorAll('img[src="x"], iframe, a[href^="javascript:"], script:not([src]), svg[onload], [onerror], [onload]')].map((e) => e.outerHTML.slice(0, 80)),
  }));
  expect(state, where).toEqual({ pwned: null, injected: [] });
}

describe('hostile text', () => {
  it('shows every payload as text on every screen, in the exported pictures, and runs none of it', async () => {
    const app = await openApp(browser, '/', { viewport: { width: 1400, height: 900 } });
    const { page } = app;
    page.setDefaultTimeout(15_000);
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    let next = 0;
    const placed: Record<string, string> = {};
    const flow = withText(buildWalkFlow(), (field) => (placed[field] = PAYLOADS[next++ % PAYLOADS.length]));
    const pictures: Record<string, Buffer> = {};

    const shown: Record<string, string> = {};
    const screens = await walkScreens(
      page,
      flowFile(flow),
      async (screen) => {
        await expectUnharmed(page, screen);
        shown[screen] = await page.evaluate(() => document.body.innerText);
      },
      { onPicture: (name, content) => void (pictures[name.split('.').pop()!] = content) },
    );

    // The payloads are on screen as the text they are, where each field shows.
    const byField = (field: string) => placed[field];
    expect(shown.library + shown['library with flows']).toContain(byField('flow name'));
    expect(shown.editor).toContain(byField('title sip_handover'));
    expect(shown['inspector message']).toContain(byField('message browser_message'));
    expect(shown['inspector trigger_human_requested']).toContain(byField('phrase human_requested'));
    expect(shown['inspector flow settings']).toContain(byField('staff name'));
    expect(shown.outline).toContain(byField('title sip_handover'));
    expect(shown.problems).toContain(byField('title walk_condition'));
    expect(shown['simulator running']).toContain(byField('message connect_message'));
    expect(shown.tests).toContain(byField('test case 0'));
    // Inputs hold their payload as a value (innerText leaves values out).
    await page.getByRole('button', { name: `Open ${byField('flow name')}` }).click();
    await page.locator('.react-flow__node').first().waitFor();
    await expect.poll(() => page.getByRole('textbox', { name: 'Flow name' }).inputValue()).toBe(byField('flow name'));
    await page.getByRole('button', { name: 'Fit View' }).click();
    await page.locator('.react-flow__node[data-id="walk_note"] textarea').waitFor();
    expect(await page.locator('.react-flow__node[data-id="walk_note"] textarea').inputValue()).toBe(byField('note walk_note'));
    await screenshot(page, 'hostile-text');

    // The SVG picture holds the payloads as text: parsed, it has no script, image or handler.
    const svg = pictures.svg.toString('utf8');
    const inSvg = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      const all = [...doc.querySelectorAll('*')];
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        elements: [...new Set(all.map((e) => e.localName).filter((n) => ['script', 'img', 'iframe', 'a', 'b'].includes(n)))],
        // An event handler anywhere, or a javascript: URL where a URL is followed (a title or aria-label
        // holding the payload's text is inert, and is how a name is shown).
        handlers: all.flatMap((e) => [...e.attributes].filter((a) => /^on/i.test(a.name) || (/^(href|src|xlink:href|action|formaction)$/i.test(a.name) && /^\s*javascript:/i.test(a.value))).map((a) => `${e.localName} ${a.name}`)),
        text: doc.documentElement.textContent ?? '',
      };
    }, svg);
    expect(inSvg.error).toBeNull();
    expect(inSvg.elements).toEqual([]);
    expect(inSvg.handlers).toEqual([]);
    expect(inSvg.text).toContain(byField('title sip_handover'));
    expect(inSvg.text).toContain(byField('message connect_message'));
    expect(pictures.png.subarray(1, 4).toString()).toBe('PNG');

    await expectUnharmed(page, 'after the walk');
    expect(dialogs).toEqual([]);
    console.log(`hostile-text: ${PAYLOADS.length} payloads in ${Object.keys(placed).length} fields, ${screens.length} screens walked`);
    expect(app.consoleErrors).toEqual([]);
    expect(app.blockedRequests).toEqual([]);
    await app.close();
  }, 300_000);

  it('takes a 100,000-character message in the Simulator and refuses a flow holding one, naming where', async () => {
    const app = await openApp(browser, '/', { viewport: { width: 1400, height: 900 } });
    const { page } = app;
    page.setDefaultTimeout(20_000);
    const huge = `${PAYLOADS[1]}${'x'.repeat(100_000 - PAYLOADS[1].length)}`;

    // As a file: the schema bounds a message at 4,000 characters, so the import is refused.
    const flow = buildWalkFlow();
    flow.nodes.find((n) => n.id === 'connect_message')!.data.text = huge;
    await page.getByLabel('Import flow file').setInputFiles(flowFile(flow, 'huge.baton.json'));
    await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/\/nodes\/\d+\/data\/text/);
    expect((await page.getByRole('alert').textContent())!.length).toBeLessThan(2_000);

    // As what the user says: sent, shown whole as text, and the page stays responsive.
    await page.getByRole('button', { name: 'Use template Voice handover to Zendesk' }).click();
    await page.getByRole('tab', { name: 'Simulator' }).click();
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    await page.getByRole('textbox', { name: 'Message as the user', exact: true }).fill(huge);
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    const transcript = page.getByRole('log', { name: 'Transcript' });
    await expect.poll(async () => (await transcript.textContent())?.includes(huge)).toBe(true);
    expect(await page.evaluate(() => new Promise<number>((done) => { const t = performance.now(); requestAnimationFrame(() => done(performance.now() - t)); }))).toBeLessThan(1_000);
    await expectUnharmed(page, 'simulator with a 100,000-character message');
    expect(app.consoleErrors).toEqual([]);
    await app.close();
  }, 120_000);
});
