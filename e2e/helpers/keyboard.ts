/** Keyboard-only driving for browser tests: reach a control with Tab, pick an option with arrows. */
import type { Locator, Page } from 'playwright-core';

/** Presses `key` (Tab by default) until `target` has focus: the way a keyboard user gets there. */
export async function focusByKeyboard(page: Page, target: Locator, key = 'Tab', max = 90): Promise<void> {
  await target.waitFor({ state: 'attached' }); // fail on a missing target at once, not after `max` presses
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(key);
    if (await target.evaluate((el) => el === document.activeElement, undefined, { timeout: 2_000 }).catch(() => false)) return;
  }
  throw new Error(`${key} never reached ${target}`);
}

/** Chooses an option of the focused <select> with arrow keys, as a keyboard user does. */
export async function pickWithArrows(page: Page, select: Locator, label: RegExp, max = 12): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (label.test(await select.evaluate((el: HTMLSelectElement) => el.selectedOptions[0]?.textContent ?? ''))) return;
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`no option matches ${label}`);
}

/**
 * From the library, with the keyboard alone: New blank flow, then Enter on each palette kind in
 * `kinds` (each lands in the middle of the view, beside the previous one). Returns the canvas.
 */
export async function newFlowByKeyboard(page: Page, kinds: readonly string[]): Promise<Locator> {
  await focusByKeyboard(page, page.getByRole('button', { name: 'New blank flow' }));
  await page.keyboard.press('Enter');
  const canvas = page.getByRole('region', { name: 'Flow canvas' });
  await canvas.waitFor();
  for (const name of kinds) {
    await focusByKeyboard(page, page.getByRole('button', { name, exact: true }));
    await page.keyboard.press('Enter');
    await canvas.getByRole('group', { name, exact: true }).waitFor();
  }
  return canvas;
}
