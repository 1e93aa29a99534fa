import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { createFlowLibrary } from '../src/storage/flowLibrary';
import { openBatonDb } from '../src/storage/db';
import type { Flow } from '../src/schema';
import { performance } from 'node:perf_hooks';
import { stats, sampleAsync, type Figure } from './figure';
import { generateFlow } from './generateFlow';

const NOTE = 'Dexie over fake-indexeddb in Node, not a browser IndexedDB';

/** The flow after a small edit (one node moved), as the autosaver writes it after a drag. */
function nudged(flow: Flow, k: number): Flow {
  const first = flow.nodes[0].id;
  const at = flow.layout.nodes[first];
  return { ...flow, layout: { ...flow.layout, nodes: { ...flow.layout.nodes, [first]: { x: at.x + k, y: at.y } } } };
}

/**
 * What one autosave costs: the library's saveFlow (version check, put, automatic revision) of a
 * 1,000-node flow. fake-indexeddb structured-clones in JavaScript, so the absolute time is not a
 * browser's; it does show how the save scales, e.g. with the revisions already kept.
 */
export async function measureAutosave(n = 1000): Promise<Figure[]> {
  let clock = Date.UTC(2025, 0, 1);
  const db = openBatonDb(`bench-${n}`, { indexedDB: new IDBFactory(), IDBKeyRange });
  const library = createFlowLibrary(db, { now: () => clock, broadcast: () => {} });
  const flow = generateFlow(n);
  let { version } = await library.createFlow(flow);
  let k = 0;
  const save = async (advanceMs: number) => {
    clock += advanceMs;
    const next = nudged(flow, ++k);
    const start = performance.now();
    version = await library.saveFlow(next, version);
    return performance.now() - start;
  };
  // Saves 1 s apart: no new revision (they are taken every 5 minutes).
  const plain = await sampleAsync(() => save(1000));
  // Saves 6 minutes apart: each also records a revision, until 50 are kept.
  for (let i = 0; i < 50; i++) await save(6 * 60_000);
  const withRevisions = await sampleAsync(() => save(1000));
  // 6 minutes apart with 50 kept: each save also writes a revision and prunes the oldest.
  const recording = await sampleAsync(() => save(6 * 60_000));
  db.close();
  return [
    stats('autosave: saveFlow', n, 'ms', plain, NOTE),
    stats('autosave: saveFlow, 50 revisions kept', n, 'ms', withRevisions, NOTE),
    stats('autosave: saveFlow + new revision, 50 kept', n, 'ms', recording, NOTE),
  ];
}
