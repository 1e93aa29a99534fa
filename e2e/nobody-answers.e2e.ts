import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openTemplate, screenshot, openSimulatorTall } from './helpers/browser';
import { fitView } from './helpers/canvas';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('when nobody answers', () => {
  it('rehearses a call with no agents on the voice template: the desk rings out, the Zendesk line offers a callback, booked on a confirmed number', async () => {
    const app = await openTemplate(browser, 'Voice handover to Zendesk', { viewport: { width: 1600, height: 1150 } });
    const { page } = app;

    // The inspector of the Zendesk transfer says who answers.
    const canvas = page.getByRole('region', { name: 'Flow canvas' });
    await canvas.getByRole('group', { name: 'Handover: Transfer to Zendesk agent number' }).click();
    const line = page.getByRole('combobox', { name: 'Who answers' });
    await expect.poll(() => line.inputValue()).toBe('zendesk_talk');
    await expect.poll(() => page.getByRole('combobox', { name: 'Next step after No agents' }).isVisible()).toBe(true);
    await screenshot(page, 'nobody-answers-inspector');

    await openSimulatorTall(page);
    await page.getByRole('combobox', { name: 'Channel' }).selectOption({ label: 'Phone voice' });
    await page.getByRole('checkbox', { name: 'Agents available' }).uncheck();
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    const log = page.getByRole('log', { name: 'Transcript' });
    const say = async (text: string) => {
      await page.getByRole('textbox', { name: 'Message as the user', exact: true }).fill(text);
      await page.getByRole('button', { name: 'Send', exact: true }).click();
    };
    await say('I want to talk to a human');
    await expect.poll(() => log.textContent()).toContain('What number should we call you back on?');
    const text = (await log.textContent()) ?? '';
    expect(text).toContain('Nobody picked up. Let me try our support team.');
    await say('two oh two five five five zero one nine nine');
    await expect.poll(() => log.textContent()).toContain('I have +12025550199. Is that right?');
    await say('yes');
    await expect.poll(() => log.textContent()).toContain('Callback booked on +12025550199 (Zendesk callback request)');
    await expect.poll(() => log.textContent()).toContain('Task created: “Call back +12025550199”');
    // Beside the transcript, the Zendesk Talk callback request the step sends.
    const request = page.getByRole('article', { name: 'Request: Offer a callback · Zendesk' });
    await request.scrollIntoViewIfNeeded();
    const body = (await request.locator('pre').textContent()) ?? '';
    expect(body).toContain('POST /api/v2/channels/voice/callback_requests');
    expect(body).toContain('"requester_phone_number": "+12025550199"');
    await fitView(page);
    await screenshot(page, 'nobody-answers-simulator');
    expect(app.consoleErrors).toEqual([]);
    expect(app.blockedRequests).toEqual([]);
    await app.close();
  });
});
