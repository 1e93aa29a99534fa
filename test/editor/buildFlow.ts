import { createEditorStore, type EditorStore } from '../../src/editor/createEditorStore';
import { createEmptyFlow } from '../../src/editor/createEmptyFlow';
import { addNode } from '../../src/editor/commands/addNode';
import { connect } from '../../src/editor/commands/connect';
import type { NodeType } from '../../src/schema';

/**
 * A store holding a small handover flow built through the commands themselves:
 * trigger → message → pause → handover (voice), ids fixed for readable assertions.
 */
export function buildStore(): EditorStore {
  const store = createEditorStore(createEmptyFlow('Test flow'));
  const add = (type: NodeType, id: string, x: number, data?: Record<string, unknown>) => {
    if (!store.run(addNode, { type, id, position: { x, y: 0 }, data })) throw new Error(`could not add ${id}`);
  };
  add('trigger_human_requested', 'trigger', 0);
  add('message', 'msg', 300, { text: 'Thank you! Someone from the team will get back to you.' });
  add('pause', 'pause', 600);
  add('handover', 'handover', 900, { destination: { kind: 'voice', to: '+12025551234' } });
  store.run(connect, { source: 'trigger', sourcePort: 'next', target: 'msg' });
  store.run(connect, { source: 'msg', sourcePort: 'next', target: 'pause' });
  store.run(connect, { source: 'pause', sourcePort: 'next', target: 'handover' });
  return store;
}
