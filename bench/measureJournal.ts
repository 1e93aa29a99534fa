import { performance } from 'node:perf_hooks';
import { updateNodeData } from '../src/editor/commands/updateNodeData';
import { moveNodes } from '../src/editor/commands/moveNodes';
import { createEditorStore } from '../src/editor/createEditorStore';
import { createEditJournal } from '../src/storage/createEditJournal';
import { sample, stats, type Figure } from './figure';
import { memoryStorage } from '../test/storage/memoryStorage';
import { generateFlow } from './generateFlow';

const NOTE = 'Node, in-memory Storage: the journal code (patches → JSON → two setItem calls), not the browser’s localStorage';

/**
 * What the crash journal adds to an edit on an n-node flow: the time spent in its synchronous
 * append, inside the store's commit, for a keystroke in a Message node's text and for one frame of
 * a node drag (a keystroke's whole store.run, validation included, is 3–12 ms here and too noisy to
 * show a 0.02 ms difference). Entries are dropped every 100 edits, as a landed save does. The
 * browser's side, writing such entries to Chromium's localStorage, is bench/measureJournalStorage.mjs.
 */
export function measureJournal(n = 1000): Figure[] {
  const flow = generateFlow(n);
  const message = flow.nodes.find((node) => node.type === 'message');
  if (!message) throw new Error('bench/measureJournal: the generated flow has no Message node');
  const storage = memoryStorage(); // a Map: the journal's own code, apart from the browser's storage
  const store = createEditorStore(flow);
  const journal = createEditJournal({ storage, flowId: flow.id, owner: 'bench' });
  journal.start(1, flow);
  let appendMs = 0;
  let edits = 0;
  store.subscribeCommits((next, patches) => {
    const start = performance.now();
    journal.append(next, patches);
    appendMs = performance.now() - start;
    if (++edits % 100 === 0) journal.saved(journal.markFor(next), edits);
  });

  let text = 'Hello';
  const keystroke = () => {
    text = text.length > 60 ? 'Hello' : `${text}x`;
    store.run(updateNodeData, { id: message.id, data: { text } }, { gesture: 'typing' });
  };
  const typing = sample(() => (keystroke(), appendMs), { runs: 60 });

  let x = 0;
  const dragFrame = () => {
    x += 1;
    store.run(moveNodes, { positions: { [message.id]: { x, y: 0 } } }, { gesture: 'drag' });
    return appendMs;
  };
  const drag = sample(dragFrame, { runs: 60 });
  return [stats('journal: append per keystroke (Message text)', n, 'ms', typing, NOTE), stats('journal: append per drag frame (1 node)', n, 'ms', drag, NOTE)];
}
