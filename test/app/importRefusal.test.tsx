// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { makeFlow } from '../storage/helpers';
import { renderRoot } from './renderRoot';

// Issue 11, item 1: a file that is not a flow is refused on every UI way in, with the open flow,
// the URL and the library as they were.
configure({ asyncUtilTimeout: 5000 });

const flowName = () => screen.findByRole('textbox', { name: 'Flow name' });
const NO_MARKER = '/format: This file is not a Baton flow: it has no "format": "baton.flow"';

async function expectUntouched(library: Awaited<ReturnType<typeof renderRoot>>['library']) {
  expect(await flowName()).toHaveValue('Alpha');
  expect(window.location.hash).toBe('#/flow/a');
  expect((await library.listFlows()).map((f) => f.id)).toEqual(['a']);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
}

async function refusals(dialog: HTMLElement) {
  const alert = await within(dialog).findByRole('alert');
  return within(alert).getAllByRole('listitem').map((li) => li.textContent);
}

describe('Import refuses what is not a flow', { timeout: 20_000 }, () => {
  it('a package.json chosen in the Import dialog', async () => {
    const { user, library } = await renderRoot({ flows: [makeFlow('a', 'Alpha')], hash: '#/flow/a' });
    await flowName();
    await user.click(screen.getByRole('button', { name: 'Import' }));
    const file = new File([readFileSync('package.json', 'utf8')], 'package.json', { type: 'application/json' });
    await user.upload(screen.getByLabelText('Flow file to import'), file);
    const dialog = screen.getByRole('dialog', { name: 'Import a flow' });
    expect(await refusals(dialog)).toEqual([NO_MARKER]);
    await expectUntouched(library);
  });

  it('pasted text with a __proto__ key', async () => {
    const { user, library } = await renderRoot({ flows: [makeFlow('a', 'Alpha')], hash: '#/flow/a' });
    await flowName();
    await user.click(screen.getByRole('button', { name: 'Import' }));
    const dialog = screen.getByRole('dialog', { name: 'Import a flow' });
    const text = '{"__proto__": {"polluted": 1}, "format": "baton.flow", "version": 1, "id": "x", "name": "X", "nodes": []}';
    fireEvent.change(within(dialog).getByRole('textbox', { name: 'Or paste flow JSON' }), { target: { value: text } });
    await user.click(within(dialog).getByRole('button', { name: 'Import text' }));
    expect(await refusals(dialog)).toEqual(['/__proto__: "__proto__" is not allowed as a key anywhere in a flow']);
    await expectUntouched(library);
  });

  it('Ctrl+V of a version and nodes without the marker says why, instead of opening "Imported flow"', async () => {
    const { user, library } = await renderRoot({ flows: [makeFlow('a', 'Alpha')], hash: '#/flow/a' });
    await flowName();
    await navigator.clipboard.writeText('{"version": 0, "nodes": [], "__proto__": {"polluted": 1}}');
    screen.getByRole('region', { name: 'Flow canvas' }).focus();
    await user.keyboard('{Control>}v{/Control}');
    const dialog = await screen.findByRole('dialog', { name: 'Import a flow' });
    expect(await refusals(dialog)).toEqual([NO_MARKER]);
    await expectUntouched(library);
  });

  it('a dropped file that is not a flow', async () => {
    const { library } = await renderRoot({ flows: [makeFlow('a', 'Alpha')], hash: '#/flow/a' });
    await flowName();
    const file = new File(['{"name": "not-a-flow", "nodes": [{"id": "constructor"}]}'], 'other.json', { type: 'application/json' });
    const dataTransfer = { types: ['Files'], files: [file], dropEffect: 'none' };
    fireEvent.drop(window, { dataTransfer });
    const dialog = await screen.findByRole('dialog', { name: 'Import a flow' });
    expect(await refusals(dialog)).toEqual([NO_MARKER]);
    await waitFor(() => expectUntouched(library));
  });
});
