// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { act, configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { templates } from '../../src/storage/templates';
import { makeFlow, makeLibrary } from '../storage/helpers';
import { readEditJournals } from '../../src/storage/readEditJournals';
import { STALE_AFTER_MS } from '../../src/ui/app/createUnsavedJournal';
import { memoryStorage, renderRoot } from './renderRoot';

// Whole-app renders (Dexie, React Flow) on a shared two-core machine.
configure({ asyncUtilTimeout: 5000 });

const flowName = () => screen.findByRole('textbox', { name: 'Flow name' });
const saveStatus = () => screen.getAllByRole('status').find((el) => el.classList.contains('save-state'));

async function rename(user: Awaited<ReturnType<typeof renderRoot>>['user'], name: string) {
  const input = await flowName();
  await user.clear(input);
  await user.type(input, `${name}{Enter}`);
}

describe('Root: start-up and routing', () => {
  it('reopens the flow opened last and puts it in the URL hash', async () => {
    const { library } = makeLibrary();
    for (const flow of [makeFlow('a', 'Alpha'), makeFlow('b', 'Beta')]) await library.createFlow(flow);
    await library.openFlow('b');
    await renderRoot({ library });
    expect(await flowName()).toHaveValue('Beta');
    expect(window.location.hash).toBe('#/flow/b');
  });

  it('shows a new user the library with the three starter templates', async () => {
    await renderRoot();
    expect(await screen.findByRole('heading', { name: 'Start from a template' })).toBeInTheDocument();
    for (const template of templates) expect(await screen.findByRole('button', { name: `Use template ${template.name}` })).toBeInTheDocument();
    expect(window.location.hash).toBe('#/library');
  });

  it('goes to the library from the header and opens a flow from it', async () => {
    const { user } = await renderRoot({ flows: [makeFlow('a', 'Alpha'), makeFlow('b', 'Beta')], hash: '#/flow/a' });
    expect(await flowName()).toHaveValue('Alpha');
    await user.click(screen.getByRole('button', { name: 'Library' }));
    await user.click(await screen.findByRole('button', { name: 'Open Beta' }));
    expect(await flowName()).toHaveValue('Beta');
    expect(window.location.hash).toBe('#/flow/b');
  });

  it('says so when the flow in the URL is not in the library', async () => {
    await renderRoot({ hash: '#/flow/nope' });
    expect(await screen.findByRole('alert')).toHaveTextContent('No flow with id "nope"');
    expect(screen.getByRole('button', { name: 'Go to the library' })).toBeInTheDocument();
  });
});

/** Another tab saves flow "a" after this tab opened it; then this tab edits and saves. */
async function startConflict() {
  const rendered = await renderRoot({ flows: [makeFlow('a', 'Alpha')], hash: '#/flow/a' });
  await flowName();
  const theirs = await rendered.library.openFlow('a');
  await rendered.library.saveFlow({ ...theirs.flow, name: 'Alpha (their tab)' }, theirs.version);
  await rename(rendered.user, 'Alpha (my tab)');
  act(() => void window.dispatchEvent(new Event('pagehide')));
  return rendered;
}

describe('Root: autosave', () => {
  it('saves an edit on pagehide and a fresh Root reads it back', async () => {
    const { user, library, reload } = await renderRoot({ flows: [makeFlow('a', 'Alpha')], hash: '#/flow/a' });
    await rename(user, 'Alpha, edited');
    expect(saveStatus()).toHaveTextContent('Saving…');
    act(() => void window.dispatchEvent(new Event('pagehide')));
    await waitFor(() => expect(saveStatus()).toHaveTextContent(/^Saved$/));
    expect((await library.openFlow('a')).flow.name).toBe('Alpha, edited');
    reload();
    await waitFor(async () => expect(await flowName()).toHaveValue('Alpha, edited'));
  });

  it('recovers an edit whose save never landed (the tab died), in the restored tab, and saves it', async () => {
    const { library } = makeLibrary();
    await library.createFlow(makeFlow('a', 'Alpha'));
    const storage = memoryStorage();
    // The tab dies before IndexedDB has the edit: its save never completes.
    const dying = { ...library, saveFlow: () => new Promise<number>(() => {}) };
    const first = await renderRoot({ library: dying, hash: '#/flow/a', storage });
    await rename(first.user, 'Alpha, unsaved');
    first.unmount();
    expect((await library.openFlow('a')).flow.name).toBe('Alpha');

    await renderRoot({ library, hash: '#/flow/a', storage });
    await waitFor(async () => expect(await flowName()).toHaveValue('Alpha, unsaved'));
    await waitFor(async () => expect((await library.openFlow('a')).flow.name).toBe('Alpha, unsaved'));
    await waitFor(() => expect(readEditJournals(storage, 'a').flatMap((log) => log.entries)).toEqual([]));
  });

  it('recovers a closed tab’s unsaved edit in a new tab, but never applies the edits of a tab still open', async () => {
    const { library } = makeLibrary();
    await library.createFlow(makeFlow('a', 'Alpha'));
    const storage = memoryStorage();
    const dying = { ...library, saveFlow: () => new Promise<number>(() => {}) };
    const first = await renderRoot({ library: dying, hash: '#/flow/a', storage, tabId: 'tab-1' });
    await rename(first.user, 'Alpha, from tab 1');

    // Tab 1 is still open (its journal's heartbeat is fresh): tab 2 opens the stored flow.
    const second = await renderRoot({ library, hash: '#/flow/a', storage, tabId: 'tab-2' });
    await waitFor(async () => expect(await within(second.container).findByRole('textbox', { name: 'Flow name' })).toHaveValue('Alpha'));
    second.unmount();
    first.unmount();

    // Tab 1 is gone (no heartbeat for longer than STALE_AFTER_MS): tab 3 recovers its edit.
    const later = () => Date.now() + STALE_AFTER_MS + 1000;
    await renderRoot({ library, hash: '#/flow/a', storage, tabId: 'tab-3', now: later });
    await waitFor(async () => expect(await flowName()).toHaveValue('Alpha, from tab 1'));
    await waitFor(async () => expect((await library.openFlow('a')).flow.name).toBe('Alpha, from tab 1'));
    await waitFor(() => expect(readEditJournals(storage, 'a').map((log) => log.owner)).not.toContain('tab-1'));
  });

  it('shows a storage failure in the header and a banner, and keeps the flow open', async () => {
    const { library } = await renderRoot();
    await library.createFlow(makeFlow('a', 'Alpha'));
    const failing = {
      ...library,
      saveFlow: () => Promise.reject(Object.assign(new Error('quota'), { name: 'QuotaExceededError' })),
    };
    const { user } = await renderRoot({ library: failing, hash: '#/flow/a' });
    await rename(user, 'Alpha, edited');
    act(() => void window.dispatchEvent(new Event('pagehide')));
    await waitFor(() => expect(saveStatus()).toHaveTextContent('Not saved — browser storage is full'));
    const banner = screen.getByRole('alert');
    expect(banner).toHaveTextContent("Your browser's storage is full");
    expect(within(banner).getByRole('button', { name: 'Export flow JSON' })).toBeInTheDocument();
    expect(await flowName()).toHaveValue('Alpha, edited');
  });

  it('asks before overwriting another tab’s save, and can load their version', async () => {
    const { user, library } = await startConflict();
    const dialog = await screen.findByRole('dialog', { name: '“Alpha (my tab)” changed in another tab' });
    expect(within(dialog).getByRole('list', { name: 'Changes made in this tab' })).toHaveTextContent('Renamed the flow to “Alpha (my tab)”');
    expect(within(dialog).getByRole('list', { name: 'Changes made in the other tab' })).toHaveTextContent('Renamed the flow to “Alpha (their tab)”');
    expect(within(dialog).getByRole('heading', { name: /^The other tab \(saved .+\)$/ })).toBeInTheDocument();
    expect(saveStatus()).toHaveTextContent('Not saved — changed in another tab');
    expect((await library.openFlow('a')).flow.name).toBe('Alpha (their tab)');
    await user.click(within(dialog).getByRole('button', { name: 'Load their version' }));
    await waitFor(async () => expect(await flowName()).toHaveValue('Alpha (their tab)'));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(saveStatus()).toHaveTextContent(/^Saved$/);
  });

  it('keeps my version when asked, writing it over theirs', async () => {
    const { user, library } = await startConflict();
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Keep my version' }));
    await waitFor(async () => expect((await library.openFlow('a')).flow.name).toBe('Alpha (my tab)'));
  });
});

describe('Root: import', () => {
  it('refuses a broken import with each JSON path and message, leaving the flow and library untouched', async () => {
    const { user, library } = await renderRoot({ flows: [makeFlow('a', 'Alpha')], hash: '#/flow/a' });
    await flowName();
    await user.click(screen.getByRole('button', { name: 'Import' }));
    const dialog = screen.getByRole('dialog', { name: 'Import a flow' });
    const broken = { format: 'baton.flow', version: 1, id: 'x', name: 'X', nodes: [{ id: 'p1', type: 'pause', data: { seconds: -1 } }], edges: 3 };
    fireEvent.change(within(dialog).getByRole('textbox', { name: 'Or paste flow JSON' }), { target: { value: JSON.stringify(broken) } });
    await user.click(within(dialog).getByRole('button', { name: 'Import text' }));
    const alert = await within(dialog).findByRole('alert');
    const items = within(alert).getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toEqual(expect.arrayContaining([expect.stringMatching(/^\/nodes\/0\/data\/seconds \(node p1\): .+/), expect.stringMatching(/^\/edges: .+/)]));
    expect(await flowName()).toHaveValue('Alpha');
    expect(window.location.hash).toBe('#/flow/a');
    expect((await library.listFlows()).map((f) => f.id)).toEqual(['a']);
  });

  it('imports a good file as a new flow in the library and opens it', async () => {
    const { user, library } = await renderRoot({ flows: [makeFlow('a', 'Alpha')], hash: '#/flow/a' });
    await flowName();
    await user.click(screen.getByRole('button', { name: 'Import' }));
    const file = new File([JSON.stringify(makeFlow('a', 'Imported'))], 'imported.baton.json', { type: 'application/json' });
    await user.upload(screen.getByLabelText('Flow file to import'), file);
    await waitFor(async () => expect(await flowName()).toHaveValue('Imported'));
    const flows = await library.listFlows();
    expect(flows.map((f) => f.name).sort()).toEqual(['Alpha', 'Imported']);
    const imported = flows.find((f) => f.name === 'Imported')!;
    expect(imported.id).not.toBe('a'); // the id was taken: a fresh one, the original untouched
    expect(window.location.hash).toBe(`#/flow/${imported.id}`);
  });

  it('refuses a file over the size limit with a message', async () => {
    const { user } = await renderRoot({ flows: [makeFlow('a', 'Alpha')], hash: '#/flow/a' });
    await flowName();
    await user.click(screen.getByRole('button', { name: 'Import' }));
    const big = new File(['x'], 'huge.baton.json');
    Object.defineProperty(big, 'size', { value: 11 * 1024 * 1024 });
    await user.upload(screen.getByLabelText('Flow file to import'), big);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/huge\.baton\.json was not imported.*11\.0 MB; Baton imports flows up to 10\.0 MB/);
    // The size is about the whole file: no JSON pointer, so no stray "/:" before the sentence.
    expect(within(alert).getByRole('listitem').textContent).toBe('This file is 11.0 MB; Baton imports flows up to 10.0 MB. Is it really a flow?');
  });

  it('imports a whole flow document pasted with Ctrl+V', async () => {
    const { user, library } = await renderRoot({ flows: [makeFlow('a', 'Alpha')], hash: '#/flow/a' });
    await flowName();
    await navigator.clipboard.writeText(JSON.stringify(makeFlow('p', 'Pasted flow')));
    screen.getByRole('region', { name: 'Flow canvas' }).focus();
    await user.keyboard('{Control>}v{/Control}');
    await waitFor(async () => expect(await flowName()).toHaveValue('Pasted flow'));
    expect((await library.listFlows()).map((f) => f.name).sort()).toEqual(['Alpha', 'Pasted flow']);
  });
});
