import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { addNode } from '../../src/editor/commands/addNode';
import { moveNodes } from '../../src/editor/commands/moveNodes';
import { renameFlow } from '../../src/editor/commands/renameFlow';
import { createEditorStore } from '../../src/editor/createEditorStore';
import type { Flow } from '../../src/schema/flow';
import { createEditJournal } from '../../src/storage/createEditJournal';
import type { OpenedFlow } from '../../src/storage/flowLibrary';
import { planRecovery } from '../../src/storage/planRecovery';
import { readEditJournals, type JournalLog } from '../../src/storage/readEditJournals';
import { ConflictError } from '../../src/storage/ConflictError';
import { makeFlow, makeLibrary } from './helpers';
import { memoryStorage } from './memoryStorage';

const dead = () => false;

/** A tab with flow "a" open: the editor store, its journal (appended inside each commit) and a save. */
async function openTab(owner: string, storage: Storage, library: ReturnType<typeof makeLibrary>['library'], opened?: OpenedFlow) {
  const at = opened ?? (await library.openFlow('a'));
  const store = createEditorStore(at.flow);
  const journal = createEditJournal({ storage, flowId: 'a', owner });
  journal.start(at.version, at.flow);
  store.subscribeCommits((flow, patches) => journal.append(flow, patches));
  let version = at.version;
  /** Saves the current flow as the autosaver does; `land: false` stops before the journal hears of it (a crash in between). */
  const save = async ({ land = true } = {}) => {
    const flow = store.getState().flow;
    const mark = journal.markFor(flow);
    version = await library.saveFlow(flow, version, { journal: mark });
    if (land) journal.saved(mark, version);
    return version;
  };
  return { store, journal, save };
}

async function setup() {
  const { library } = makeLibrary();
  await library.createFlow(makeFlow('a', 'Alpha'));
  return { library, storage: memoryStorage() };
}

async function recover(library: ReturnType<typeof makeLibrary>['library'], storage: Storage, me: string, isAlive: (log: JournalLog) => boolean = dead) {
  return planRecovery(await library.openFlow('a'), readEditJournals(storage, 'a'), me, isAlive);
}

const addPause = (store: ReturnType<typeof createEditorStore>, id: string) => store.run(addNode, { type: 'pause', position: { x: 0, y: 300 }, id });
const ids = (flow: Flow) => flow.nodes.map((n) => n.id);

describe('edit journal: every committed edit survives a crash', () => {
  it('writes the edit to storage inside the commit, and a later opening replays it on the stored flow', async () => {
    const { library, storage } = await setup();
    const tab = await openTab('tab1', storage, library);
    tab.store.run(renameFlow, { name: 'Alpha, renamed' });
    // No await, no timer: the crash could come now.
    const logs = readEditJournals(storage, 'a');
    expect(logs.map((l) => [l.owner, l.entries.length])).toEqual([['tab1', 1]]);

    const plan = await recover(library, storage, 'tab2');
    expect(plan.flow.name).toBe('Alpha, renamed');
    expect(plan).toMatchObject({ baseVersion: 1, adopted: ['tab1'], live: [], failed: [] });
    expect(plan.entries).toHaveLength(1);
  });

  it('drops entries once their save lands, and replays only what came after', async () => {
    const { library, storage } = await setup();
    const tab = await openTab('tab1', storage, library);
    addPause(tab.store, 'p9');
    await tab.save();
    expect(readEditJournals(storage, 'a')[0].entries).toEqual([]);
    tab.store.run(renameFlow, { name: 'After the save' });
    const plan = await recover(library, storage, 'tab2');
    expect(plan.entries).toHaveLength(1);
    expect(plan.flow.name).toBe('After the save');
    expect(ids(plan.flow).filter((id) => id === 'p9')).toHaveLength(1);
    expect(plan.baseVersion).toBe(2);
  });

  it('does not replay twice what a save holds when the tab died before the journal heard it landed', async () => {
    const { library, storage } = await setup();
    const tab = await openTab('tab1', storage, library);
    addPause(tab.store, 'p9'); // an array insert: replaying it twice would add the node twice
    await tab.save({ land: false });
    addPause(tab.store, 'p10');
    const plan = await recover(library, storage, 'tab2');
    expect(ids(plan.flow).filter((id) => id.startsWith('p'))).toEqual(['p1', 'p9', 'p10']);
    expect(plan.entries).toHaveLength(1);
    expect(plan.baseVersion).toBe(2);
  });

  it('keeps the last position of a drag cut off by the crash, as one consistent flow', async () => {
    const { library, storage } = await setup();
    const tab = await openTab('tab1', storage, library);
    for (let x = 1; x <= 30; x++) tab.store.run(moveNodes, { positions: { p1: { x: 400 + x, y: 10 } } }, { gesture: 'drag' });
    const plan = await recover(library, storage, 'tab2');
    expect(plan.flow.layout.nodes.p1).toEqual({ x: 430, y: 10 });
  });

  it('leaves the edits of a tab that is still open to that tab, and recovers this tab’s own after a reload', async () => {
    const { library, storage } = await setup();
    const tab = await openTab('tab1', storage, library);
    tab.store.run(renameFlow, { name: 'Live tab edit' });
    const alive = (log: JournalLog) => log.owner === 'tab1';
    const other = await recover(library, storage, 'tab2', alive);
    expect(other).toMatchObject({ flow: { name: 'Alpha' }, live: ['tab1'], adopted: [], entries: [] });
    const self = await recover(library, storage, 'tab1', alive);
    expect(self.flow.name).toBe('Live tab edit');
  });

  it('recovers edits made on a version another tab overwrote with that older base, so saving them asks', async () => {
    const { library, storage } = await setup();
    const tab = await openTab('tab1', storage, library);
    tab.store.run(renameFlow, { name: 'Crashed tab' });
    const theirs = await library.openFlow('a');
    await library.saveFlow({ ...theirs.flow, description: 'other tab' }, theirs.version);

    const plan = await recover(library, storage, 'tab3');
    expect(plan.baseVersion).toBe(1);
    expect(plan.flow).toMatchObject({ name: 'Crashed tab', description: 'other tab' });
    await expect(library.saveFlow(plan.flow, plan.baseVersion)).rejects.toBeInstanceOf(ConflictError);
  });

  it('hands the recovered entries to the new tab’s journal, so a second crash still has them', async () => {
    const { library, storage } = await setup();
    const first = await openTab('tab1', storage, library);
    first.store.run(renameFlow, { name: 'Twice crashed' });
    const plan = await recover(library, storage, 'tab2');
    const second = createEditJournal({ storage, flowId: 'a', owner: 'tab2' });
    second.start(plan.baseVersion, plan.flow, plan.entries);
    const again = await recover(library, storage, 'tab3', (log) => log.owner === 'tab1');
    expect(again.flow.name).toBe('Twice crashed');
  });

  it('stops at an entry that is not valid JSON and reports a log that does not replay, keeping it', async () => {
    const { library, storage } = await setup();
    const tab = await openTab('tab1', storage, library);
    tab.store.run(renameFlow, { name: 'one' });
    tab.store.run(renameFlow, { name: 'two' });
    storage.setItem('baton.journal:a:tab1:2', '{not json');
    expect((await recover(library, storage, 'tab2')).flow.name).toBe('one');
    storage.setItem('baton.journal:a:tab1:1', JSON.stringify({ p: [{ op: 'replace', path: ['nodes', 0, 'type'], value: 'bogus' }] }));
    const plan = await recover(library, storage, 'tab2');
    expect(plan.flow.name).toBe('Alpha');
    expect(plan.failed).toEqual([{ owner: 'tab1', reason: expect.stringContaining('/nodes/0') }]);
    expect(storage.getItem('baton.journal:a:tab1')).not.toBeNull();
  });
});

describe('edit journal: a full localStorage', () => {
  it('writes the whole flow in place of the entries when a patch no longer fits', async () => {
    const { library } = await setup();
    // Room for the whole flow and a dozen small entries, not for the 40 moves below.
    const tight = memoryStorage(JSON.stringify({ f: (await library.openFlow('a')).flow }).length + 1500);
    const squeezed = await openTab('tab1', tight, library);
    for (let i = 0; i < 40; i++) squeezed.store.run(moveNodes, { positions: { p1: { x: 1000 + i, y: 0 } } });
    const plan = await recover(library, tight, 'tab2');
    expect(plan.flow.layout.nodes.p1).toEqual({ x: 1039, y: 0 });
    expect(readEditJournals(tight, 'a')[0].entries.map(({ entry }) => Object.keys(entry))).toContainEqual(['f']);
    expect(squeezed.journal.getStatus().problem).toBeNull();
  });

  it('pauses rather than writing the whole flow every few keystrokes when the room left is tiny', async () => {
    const { library } = await setup();
    const tight = memoryStorage(JSON.stringify({ f: (await library.openFlow('a')).flow }).length + 400);
    const tab = await openTab('tab1', tight, library);
    for (let i = 0; i < 200; i++) tab.store.run(moveNodes, { positions: { p1: { x: i, y: 0 } } });
    expect(tab.journal.getStatus().problem).toMatch(/storage is full/);
    expect(tight.writes).toBeLessThan(60); // not two writes (or a whole flow) per edit
    const plan = await recover(library, tight, 'tab2');
    expect(plan.flow.layout.nodes.p1.x).toBeGreaterThan(0); // what was written before the pause replays
  });

  it('keeps edits in memory with a warning when nothing fits, without retrying on every edit, and resumes after a save', async () => {
    const { library } = await setup();
    const storage = memoryStorage(60); // not even the head fits
    const tab = await openTab('tab1', storage, library);
    const problems: (string | null)[] = [];
    tab.journal.subscribe(({ problem }) => problems.push(problem));
    expect(tab.journal.getStatus().problem).toMatch(/storage is full/);
    const writesBefore = storage.writes;
    const started = performance.now();
    for (let i = 0; i < 500; i++) tab.store.run(renameFlow, { name: `Name ${i}` });
    expect(performance.now() - started).toBeLessThan(5000); // no freeze: a sanity bound, not a timing target
    expect(storage.writes).toBe(writesBefore); // paused: no write attempted per keystroke
    expect(tab.store.getState().flow.name).toBe('Name 499'); // the edit is in memory

    // The save lands in IndexedDB; with room again, the journal resumes and the warning goes.
    storage.capacity = Infinity;
    await tab.save();
    expect((await library.openFlow('a')).flow.name).toBe('Name 499');
    expect(problems.at(-1)).toBeNull();
    tab.store.run(renameFlow, { name: 'Journaled again' });
    expect((await recover(library, storage, 'tab2')).flow.name).toBe('Journaled again');
  });

  it('says when the browser offers no local storage at all', () => {
    const journal = createEditJournal({ storage: null, flowId: 'a', owner: 'tab1' });
    journal.start(1, makeFlow('a'));
    expect(journal.getStatus().problem).toMatch(/no local storage/);
  });
});
