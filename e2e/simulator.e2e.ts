import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openApp, screenshot } from './helpers/browser';
import { fitView } from './helpers/canvas';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const transcript = (page: Page) => page.getByRole('log', { name: 'Transcript' });

async function openTab(page: Page, name: string) {
  await page.getByRole('tab', { name, exact: true }).click();
  await page.getByRole('tabpanel', { name }).waitFor();
}

describe('simulator', () => {
  it('simulates a phone call on the voice template, saves it as a test case, reruns it green, then red after an edit', async () => {
    const app = await openApp(browser, '/', { viewport: { width: 1600, height: 1150 } });
    const { page } = app;
    page.setDefaultTimeout(15_000);
    await page.getByRole('button', { name: 'Use template Voice handover to Zendesk' }).click();
    // The template opens readable on its trigger.
    await page.getByRole('group', { name: 'Human requested', exact: true }).waitFor();

    // A taller bottom panel for the run (keyboard on the splitter, as a user may do).
    await openTab(page, 'Simulator');
    const splitter = page.getByRole('separator', { name: 'Resize bottom panel' });
    await splitter.focus();
    for (let i = 0; i < 6; i++) await page.keyboard.press('Shift+ArrowUp');
    await page.getByRole('button', { name: 'Hide palette' }).click();

    // Set the scene: a phone call whose transfers meet a busy line, with the customer id.
    await page.getByRole('combobox', { name: 'Channel' }).selectOption({ label: 'Phone voice' });
    await page.getByRole('combobox', { name: 'Voice transfer meets' }).selectOption({ label: 'Busy' });
    await page.getByRole('button', { name: 'Add variable' }).click();
    await page.getByRole('textbox', { name: 'Variable 1 name' }).fill('customer_id');
    await page.getByRole('textbox', { name: 'Variable 1 value' }).fill('12345');
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    await expect.poll(() => transcript(page).textContent()).toContain('Phone voice conversation started');

    // The caller asks for a human: final message, the 1.5 s Pause, the SIP transfer, busy → fallback.
    await page.getByRole('textbox', { name: 'Message as the user', exact: true }).fill('I want to talk to a human');
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    const log = transcript(page);
    await expect.poll(() => log.textContent()).toContain('Pause 1.5 s');
    for (const line of ['Connecting you to an agent', 'Handover to Voice transfer', 'Outcome: Busy', 'The line is busy. Let me try our support team.']) {
      await expect.poll(() => log.textContent()).toContain(line);
    }
    const sip = page.getByRole('article', { name: /Request: Transfer to SIP desk · Twilio/ });
    const twiml = (await sip.locator('pre').textContent()) ?? '';
    // A warm transfer: the agent's leg runs the whisper before the caller is connected.
    expect(twiml).toContain('<Sip url="{{whisper_url}}">sip:agent@example.com?X-Customer-Id=12345&amp;User-to-User=');
    expect(twiml).toContain('<Dial timeout="30">');

    // The virtual clock moves on.
    await page.getByRole('button', { name: 'Fast-forward 1 hour' }).click();
    await expect.poll(() => page.getByRole('status', { name: 'Simulated time' }).textContent()).toMatch(/^T\+01:00:0/);
    // The canvas follows the run: the busy branch is on the path.
    await expect.poll(() => page.locator('style[data-simulator-highlights]').textContent()).toContain('[data-id="busy_message"] .flow-node');
    await fitView(page);
    await sip.scrollIntoViewIfNeeded();
    await screenshot(page, 'simulator');
    await page.getByRole('button', { name: 'Switch to dark theme' }).click();
    await screenshot(page, 'simulator-dark');
    await page.getByRole('button', { name: 'Switch to light theme' }).click();

    // Save the session as a test case, then run all: green.
    await page.getByRole('button', { name: 'Save as test case' }).click();
    const form = page.getByRole('form', { name: 'Save as test case' });
    await form.getByRole('textbox', { name: 'Test case name' }).fill('Phone call, SIP agent busy');
    await form.getByRole('button', { name: 'Save test case' }).click();
    await page.getByRole('button', { name: 'Open the Tests tab' }).click();
    await page.getByRole('tabpanel', { name: 'Tests' }).waitFor();
    await page.getByRole('button', { name: 'Run all', exact: true }).click();
    await expect.poll(() => page.getByRole('status', { name: 'Phone call, SIP agent busy: Passed' }).count()).toBe(1);
    await expect.poll(() => page.getByText(/Handover outcomes covered: \d+ \/ 18/).count()).toBe(1);

    // Edit the busy message in the inspector: the case now fails, with a diff.
    await page.getByRole('group', { name: 'Message: SIP busy' }).click();
    const message = page.getByRole('textbox', { name: 'Message', exact: true });
    await message.fill('All our agents are on other calls.');
    await message.press('Tab');
    await page.getByRole('button', { name: 'Run all', exact: true }).click();
    await expect.poll(() => page.getByRole('status', { name: 'Phone call, SIP agent busy: Failed' }).count()).toBe(1);
    const diff = page.getByRole('list', { name: 'Expected vs actual effects of “Phone call, SIP agent busy”' });
    await expect.poll(() => diff.textContent()).toContain('bot_says text="The line is busy. Let me try our support team."');
    expect(await diff.textContent()).toContain('All our agents are on other calls.');
    await diff.scrollIntoViewIfNeeded();
    await screenshot(page, 'tests');
    await page.getByRole('button', { name: 'Switch to dark theme' }).click();
    await screenshot(page, 'tests-dark');
    await page.getByRole('button', { name: 'Switch to light theme' }).click();

    // A click on the failing case replays it in the simulator, stopped where it goes wrong.
    await page.getByRole('button', { name: 'Phone call, SIP agent busy', exact: true }).click();
    await page.getByText(/Replaying test case “Phone call, SIP agent busy”, stopped where it goes wrong/).waitFor();
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect.poll(() => transcript(page).textContent()).toContain('All our agents are on other calls.');

    // A breakpoint from the inspector of the selected node: the run halts before it.
    await page.getByRole('group', { name: /Handover: Transfer to SIP desk/ }).click();
    const inspector = page.getByRole('complementary', { name: 'Inspector' });
    await inspector.getByRole('button', { name: 'Breakpoint on this node' }).click();
    await expect.poll(() => inspector.getByRole('button', { name: 'Breakpoint on this node' }).getAttribute('aria-pressed')).toBe('true');
    await page.getByRole('button', { name: 'Restart' }).click();
    await page.getByRole('textbox', { name: 'Message as the user', exact: true }).fill('I want to talk to a human');
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    await page.getByText(/Paused at a breakpoint before Handover "Transfer to SIP desk"/).waitFor();
    await screenshot(page, 'simulator-breakpoint');

    // The marks stay on the canvas with another bottom tab open: the halted node and the breakpoint.
    await openTab(page, 'Problems');
    const marks = () => page.locator('style[data-simulator-highlights]').textContent();
    await expect.poll(marks).toContain('.react-flow__node[data-id="sip_handover"] .flow-node');
    expect(await marks()).toContain('.react-flow__node[data-id="sip_handover"]::before');
    await openTab(page, 'Simulator');
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect.poll(() => transcript(page).textContent()).toContain('Handover to Voice transfer');

    expect(app.blockedRequests).toEqual([]);
    expect(app.consoleErrors).toEqual([]);
    await app.close();
  });
});
