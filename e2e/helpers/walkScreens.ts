/**
 * Opens every screen of the app in turn and calls `visit(screen)` on each, for the checks that must
 * hold everywhere (e2e/csp.e2e.ts, e2e/a11y.e2e.ts, e2e/hostile-text.e2e.ts): the library, the
 * editor, the inspector of each node kind and of the flow settings, the Problems, Outline,
 * Simulator (running, and its Save as test case form), Tests, JSON (Monaco) and History tabs, the
 * Import dialog and the Export menu (exporting the SVG and PNG pictures), then the library listing
 * the flow.
 *
 *   await walkScreens(page, flowFile(buildWalkFlow()), async (screen) => { ...check page... });
 *
 * The flow comes in through the Library's own Import (its file picker).
 */
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { settled } from './browser';
import { kindsOf } from './walkFlow';

export interface WalkFile {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

/**
 * Called on each screen. `scope` is a CSS selector for the part that screen changed (the inspector,
 * the bottom panel, a dialog), for checks that are slow on the whole page; undefined = whole page.
 */
export type Visit = (screen: string, scope?: string) => Promise<void>;

const INSPECTOR = '#panel-inspector';
const BOTTOM = '#panel-bottom';

export interface WalkOptions {
  /** Receives each canvas picture the walk exports from the Export menu (SVG, then PNG). */
  onPicture?: (fileName: string, content: Buffer) => Promise<void> | void;
}

/** Opens a bottom-panel tab and waits for its panel. */
export async function openBottomTab(page: Page, name: string): Promise<void> {
  // A tab's name may carry a count after the label ("Problems 3").
  const label = new RegExp(`^${name}\\b`);
  await page.getByRole('tab', { name: label }).click();
  await page.getByRole('tabpanel', { name: label }).waitFor();
}

/** Lets lazy chunks load and transitions and canvas glides end before a screen is judged. */
async function settle(page: Page) {
  await page.waitForLoadState('networkidle');
  await settled(page);
}

export async function walkScreens(page: Page, file: WalkFile, visit: Visit, options: WalkOptions = {}): Promise<string[]> {
  const screens: string[] = [];
  const at = async (screen: string, scope?: string) => {
    await settle(page);
    screens.push(screen);
    await visit(screen, scope);
  };
  const flow = JSON.parse(file.buffer.toString('utf8')) as { nodes: { id: string; type: string }[]; tests: unknown[] };

  await page.getByRole('heading', { name: /Start from a template|Templates/ }).waitFor();
  await at('library');

  await page.getByLabel('Import flow file').setInputFiles(file);
  const canvas = page.getByRole('region', { name: 'Flow canvas' });
  await canvas.waitFor();
  await page.locator('.react-flow__node').first().waitFor();
  await at('editor');

  // One inspector per node kind: the whole flow in view, then each kind's first node selected.
  await page.getByRole('button', { name: 'Fit View' }).click();
  const inspector = page.getByRole('complementary', { name: 'Inspector' });
  for (const type of kindsOf(flow)) {
    const node = flow.nodes.find((n) => n.type === type)!;
    await page.locator(`.react-flow__node[data-id="${node.id}"]`).click();
    await inspector.locator(`.inspector-node`).waitFor();
    await at(`inspector ${type}`, INSPECTOR);
  }
  // A click on empty canvas clears the selection (Escape would stay in a focused sticky note).
  await page.locator('.react-flow__pane').click({ position: { x: 4, y: 4 } });
  await inspector.locator('.inspector-node').waitFor({ state: 'detached' });
  await at('inspector flow settings', INSPECTOR);

  await openBottomTab(page, 'Problems');
  await at('problems', BOTTOM);
  await openBottomTab(page, 'Outline');
  await page.getByRole('listbox', { name: 'Outline' }).waitFor();
  await at('outline', BOTTOM);

  // The Simulator, running: a phone call where the caller asks for a person.
  await openBottomTab(page, 'Simulator');
  await at('simulator', BOTTOM);
  await page.getByRole('combobox', { name: 'Channel' }).selectOption({ label: 'Phone voice' });
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await page.getByRole('textbox', { name: 'Message as the user', exact: true }).fill('I want to talk to a human');
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  await page.getByRole('log', { name: 'Transcript' }).getByText(/Handover/).first().waitFor();
  await at('simulator running', BOTTOM);
  await page.getByRole('button', { name: 'Save as test case' }).click();
  await page.getByRole('form', { name: 'Save as test case' }).waitFor();
  await at('save test case', BOTTOM);
  await page.getByRole('form', { name: 'Save as test case' }).getByRole('button', { name: 'Cancel' }).click();

  await openBottomTab(page, 'Tests');
  if (flow.tests.length > 0) {
    await page.getByRole('button', { name: 'Run all', exact: true }).click();
    await page.getByRole('status', { name: /: (Passed|Failed)$/ }).first().waitFor();
  }
  await at('tests', BOTTOM);

  await openBottomTab(page, 'JSON');
  await page.locator('.monaco-editor .view-line').first().waitFor();
  await at('json', BOTTOM);

  await openBottomTab(page, 'History');
  await page.getByRole('heading', { name: 'Revisions' }).waitFor();
  await at('history', BOTTOM);

  await page.getByRole('button', { name: 'Import', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Import a flow' });
  await dialog.waitFor();
  await at('import dialog', '[role="dialog"]');
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  await page.getByRole('button', { name: 'Export' }).click();
  await page.getByRole('menu', { name: 'Export' }).waitFor();
  await at('export menu', '.export-menu');
  await page.keyboard.press('Escape');
  // The canvas pictures (html-to-image) are exported too: they draw the flow's text into a file.
  for (const item of ['Canvas picture (SVG)', 'Canvas picture (PNG)']) {
    await page.getByRole('button', { name: 'Export' }).click();
    // A picture of the whole flow takes a few seconds on a slow machine.
    const download = page.waitForEvent('download', { timeout: 90_000 });
    await page.getByRole('menuitem', { name: item }).click();
    const file = await download;
    await options.onPicture?.(file.suggestedFilename(), await readFile((await file.path())!));
  }

  await page.getByRole('button', { name: /Library/ }).click();
  await page.getByRole('heading', { name: 'Your flows' }).waitFor();
  await at('library with flows');
  return screens;
}
