/**
 * Opens every screen of the app in turn and calls `visit(screen)` on each, for the checks that must
 * hold everywhere (e2e/csp.e2e.ts, e2e/a11y.e2e.ts, e2e/hostile-text.e2e.ts): the library, the
 * editor, the inspector of each node kind and of the flow settings, the Problems, Outline,
 * Simulator (running, and its Save as test case form), Tests, JSON (Monaco) and History tabs, the
 * Import dialog and the Export menu, then the library listing the flow.
 *
 *   await walkScreens(page, flowFile(buildWalkFlow()), async (screen) => { ...check page... });
 *
 * The flow comes in through the Library's own Import (its file picker).
 */
import type { Page } from 'playwright-core';
import { kindsOf } from './walkFlow';

export interface WalkFile {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

export type Visit = (screen: string) => Promise<void>;

/** Opens a bottom-panel tab and waits for its panel. */
export async function openBottomTab(page: Page, name: string): Promise<void> {
  // A tab's name may carry a count after the label ("Problems 3").
  const label = new RegExp(`^${name}\\b`);
  await page.getByRole('tab', { name: label }).click();
  await page.getByRole('tabpanel', { name: label }).waitFor();
}

/** Lets lazy chunks, effects and CSS transitions settle before a screen is judged. */
async function settle(page: Page) {
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(250);
}

export async function walkScreens(page: Page, file: WalkFile, visit: Visit): Promise<string[]> {
  const screens: string[] = [];
  const at = async (screen: string) => {
    await settle(page);
    screens.push(screen);
    await visit(screen);
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
    await at(`inspector ${type}`);
  }
  await page.keyboard.press('Escape');
  await at('inspector flow settings');

  await openBottomTab(page, 'Problems');
  await at('problems');
  await openBottomTab(page, 'Outline');
  await page.getByRole('listbox', { name: 'Outline' }).waitFor();
  await at('outline');

  // The Simulator, running: a phone call where the caller asks for a person.
  await openBottomTab(page, 'Simulator');
  await at('simulator');
  await page.getByRole('combobox', { name: 'Channel' }).selectOption({ label: 'Phone voice' });
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await page.getByRole('textbox', { name: 'Message as the user', exact: true }).fill('I want to talk to a human');
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  await page.getByRole('log', { name: 'Transcript' }).getByText(/Handover/).first().waitFor();
  await at('simulator running');
  await page.getByRole('button', { name: 'Save as test case' }).click();
  await page.getByRole('form', { name: 'Save as test case' }).waitFor();
  await at('save test case');
  await page.getByRole('form', { name: 'Save as test case' }).getByRole('button', { name: 'Cancel' }).click();

  await openBottomTab(page, 'Tests');
  if (flow.tests.length > 0) {
    await page.getByRole('button', { name: 'Run all', exact: true }).click();
    await page.getByRole('status', { name: /: (Passed|Failed)$/ }).first().waitFor();
  }
  await at('tests');

  await openBottomTab(page, 'JSON');
  await page.locator('.monaco-editor .view-line').first().waitFor();
  await at('json');

  await openBottomTab(page, 'History');
  await page.getByRole('heading', { name: 'Revisions' }).waitFor();
  await at('history');

  await page.getByRole('button', { name: 'Import', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Import a flow' });
  await dialog.waitFor();
  await at('import dialog');
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  await page.getByRole('button', { name: 'Export' }).click();
  await page.getByRole('menu', { name: 'Export' }).waitFor();
  await at('export menu');
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: /Library/ }).click();
  await page.getByRole('heading', { name: 'Your flows' }).waitFor();
  await at('library with flows');
  return screens;
}
