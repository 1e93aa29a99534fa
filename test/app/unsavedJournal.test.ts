import { describe, expect, it } from 'vitest';
import { renameFlow } from '../../src/editor/commands/renameFlow';
import { createEditorStore } from '../../src/editor/createEditorStore';
import { readEditJournals } from '../../src/storage/readEditJournals';
import { makeFlow } from '../storage/helpers';
import { memoryStorage } from '../storage/memoryStorage';
import { createTabIdentity } from '../../src/storage/createTabIdentity';
import { createUnsavedJournal } from '../../src/ui/app/createUnsavedJournal';
import { tabJournal } from './renderRoot';

describe('createUnsavedJournal: one tab reopening a flow', () => {
  it('retires the old journal when the flow is reopened, so its late writes cannot clobber the new one', async () => {
    const storage = memoryStorage();
    const journal = tabJournal(storage, 'tab-1');
    const flow = makeFlow('a', 'Alpha');
    await journal.recover('a', { flow, version: 1 });
    const old = journal.start('a', { flow, version: 1 });
    const oldStore = createEditorStore(flow);
    oldStore.subscribeCommits((f, p) => old.append(f, p));
    oldStore.run(renameFlow, { name: 'Before reopening' });
    const mark = old.markFor(oldStore.getState().flow);

    // "Load latest version": the flow opens again (version 2 saved) before the old editor let go.
    const reopened = { ...flow, name: 'Before reopening' };
    await journal.recover('a', { flow: reopened, version: 2, mark });
    const fresh = journal.start('a', { flow: reopened, version: 2 });
    const store = createEditorStore(reopened);
    store.subscribeCommits((f, p) => fresh.append(f, p));
    store.run(renameFlow, { name: 'After reopening' });

    old.saved(mark, 2); // the old editor's save lands late…
    old.close(); // …and it closes
    const logs = readEditJournals(storage, 'a');
    expect(logs).toHaveLength(1);
    expect(logs[0].entries.map((e) => e.seq)).toEqual([2]); // numbering went on from the old log
    expect(logs[0].head).toMatchObject({ baseVersion: 2, savedSeq: 1, lastSeq: 2 });
  });
});

describe('createUnsavedJournal: the copy an older Baton kept in sessionStorage', () => {
  const setup = (copy: unknown) => {
    const session = memoryStorage();
    session.setItem('baton.unsaved.a', JSON.stringify(copy));
    const journal = createUnsavedJournal({ storage: memoryStorage(), session, tab: createTabIdentity(memoryStorage(), null, () => 'tab-1') });
    return { session, journal };
  };

  it('is recovered once, then handed to the new journal and removed', async () => {
    const flow = makeFlow('a', 'Alpha');
    const { session, journal } = setup({ flow: { ...flow, name: 'Unsaved before the upgrade' }, baseVersion: 1 });
    const plan = await journal.recover('a', { flow, version: 1 });
    expect(plan).toMatchObject({ flow: { name: 'Unsaved before the upgrade' }, baseVersion: 1 });
    journal.start('a', { flow: plan.flow, version: plan.baseVersion });
    expect(session.getItem('baton.unsaved.a')).toBeNull();
  });

  it('is dropped when the stored flow already holds it', async () => {
    const flow = makeFlow('a', 'Alpha');
    const { session, journal } = setup({ flow, baseVersion: 1 });
    const plan = await journal.recover('a', { flow, version: 3 });
    expect(plan.entries).toEqual([]);
    expect(session.getItem('baton.unsaved.a')).toBeNull();
  });
});
