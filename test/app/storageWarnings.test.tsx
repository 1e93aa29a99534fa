// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { configure, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { openBatonDb } from '../../src/storage/db';
import { createFlowLibrary } from '../../src/storage/flowLibrary';
import { withMemoryFallback } from '../../src/storage/withMemoryFallback';
import { freshDbName, makeFlow } from '../storage/helpers';
import { loadDbFixture } from '../storage/loadDbFixture';
import { memoryStorage } from '../storage/memoryStorage';
import { renderRoot } from './renderRoot';

configure({ asyncUtilTimeout: 5000 });

const flowName = () => screen.findByRole('textbox', { name: 'Flow name' });
const saveStatus = () => screen.getAllByRole('status').find((el) => el.classList.contains('save-state'));

/** The browser refuses IndexedDB (indexedDB.open throws, as in a sandboxed or private page). */
function libraryWithoutIndexedDb() {
  const refused = { open: () => { throw new DOMException('The operation is insecure.', 'SecurityError'); } } as unknown as globalThis.IDBFactory;
  const primary = createFlowLibrary(openBatonDb(freshDbName(), { indexedDB: refused, IDBKeyRange }), { broadcast: () => {} });
  return withMemoryFallback(primary, async () => createFlowLibrary(openBatonDb(freshDbName(), { indexedDB: new IDBFactory(), IDBKeyRange }), { broadcast: () => {} }));
}

// Whole-app renders (Dexie, React Flow) on a shared two-core machine.
describe('storage that fails loudly', { timeout: 20_000 }, () => {
  it('without IndexedDB, keeps working in memory and says so, with an Export button beside the warning', async () => {
    const { user } = await renderRoot({ library: libraryWithoutIndexedDb() });
    const warning = await screen.findByRole('alert');
    expect(warning).toHaveTextContent(/Not saved in this browser\..*operation is insecure.*kept in this tab only/);

    await user.click(await screen.findByRole('button', { name: 'Use template Chat handover' }));
    const input = await flowName();
    await user.clear(input);
    await user.type(input, 'Kept in memory{Enter}');
    const banner = await screen.findByRole('alert');
    expect(banner).toHaveTextContent(/Not saved in this browser/);
    expect(within(banner).getByRole('button', { name: 'Export flow JSON' })).toBeInTheDocument();
    await waitFor(() => expect(saveStatus()).toHaveTextContent('Not saved — kept in this tab only'));
    expect(await flowName()).toHaveValue('Kept in memory');
  });

  it('with localStorage full, keeps editing and saving, warns that crash protection is paused, and clears the warning once there is room', async () => {
    const storage = memoryStorage(40);
    const { user, library } = await renderRoot({ flows: [makeFlow('a', 'Alpha')], hash: '#/flow/a', storage });
    const banner = await screen.findByRole('alert');
    expect(banner).toHaveTextContent(/Not protected against a crash\..*storage is full/);
    expect(within(banner).getByRole('button', { name: 'Export flow JSON' })).toBeInTheDocument();

    const input = await flowName();
    await user.clear(input);
    await user.type(input, 'Alpha, edited{Enter}');
    await waitFor(async () => expect((await library.openFlow('a')).flow.name).toBe('Alpha, edited'));

    storage.capacity = Infinity; // space freed: the next save that lands resumes the journal
    await user.clear(input);
    await user.type(input, 'Alpha, again{Enter}');
    await waitFor(async () => expect((await library.openFlow('a')).flow.name).toBe('Alpha, again'));
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
  });

  it('says so when a closed tab’s unsaved edits do not apply, opens the saved flow and keeps those edits stored', async () => {
    const storage = memoryStorage();
    storage.setItem('baton.journal:a:tab-0', JSON.stringify({ baseVersion: 1, savedSeq: 0, lastSeq: 1, beat: 0 }));
    storage.setItem('baton.journal:a:tab-0:1', JSON.stringify({ p: [{ op: 'replace', path: ['nodes', 0, 'type'], value: 'bogus' }] }));
    const { user } = await renderRoot({ flows: [makeFlow('a', 'Alpha')], hash: '#/flow/a', storage });
    expect(await flowName()).toHaveValue('Alpha');
    const banner = await screen.findByRole('alert');
    expect(banner).toHaveTextContent(/Unsaved edits not recovered\..*\/nodes\/0.*kept in this browser's storage/);
    expect(within(banner).getByRole('button', { name: 'Export flow JSON' })).toBeInTheDocument();
    expect(storage.getItem('baton.journal:a:tab-0:1')).not.toBeNull();
    await user.click(within(banner).getByRole('button', { name: 'Discard those edits' }));
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    expect(storage.getItem('baton.journal:a:tab-0:1')).toBeNull();
  });

  it('opens a database an older Baton wrote (schema version 1) and keeps every flow', async () => {
    const name = freshDbName();
    await loadDbFixture('baton-db-v1.json', name);
    const library = createFlowLibrary(openBatonDb(name), { broadcast: () => {} });
    const { user } = await renderRoot({ library });
    expect(await flowName()).toHaveValue('Voice line'); // the last opened flow, from the old meta table
    await user.click(screen.getByRole('button', { name: 'Library' }));
    expect(await screen.findByRole('button', { name: 'Open Voice line' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Open Chat handover' })).toBeInTheDocument();
  });
});
