import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App, type AppProps } from '../../src/App';
import { createEditorStore } from '../../src/editor/createEditorStore';
import { createNode, parseFlow, type Flow, type FlowInput, type FlowNode } from '../../src/schema';
import './preloadLazyCode';

/** A valid flow from a few nodes (defaults filled in), laid out left to right. */
export function makeFlow(nodes: FlowNode[], edges: Flow['edges'] = [], extra: Partial<FlowInput> = {}): Flow {
  const layout = Object.fromEntries(nodes.map((n, i) => [n.id, { x: i * 300, y: 0 }]));
  const result = parseFlow({ format: 'baton.flow', version: 1, id: 'test', name: 'Test flow', nodes, edges, layout: { nodes: layout }, ...extra });
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.flow;
}

export { createNode };

/** Renders the whole editor over a fresh store, like a user would meet it. */
export function renderEditor(flow: Flow, props: Omit<AppProps, 'store'> = {}) {
  localStorage.clear();
  const store = createEditorStore(flow);
  const user = userEvent.setup();
  const utils = render(<App store={store} {...props} />);
  const select = (id: string) => store.setSelection({ nodeIds: [id], edgeIds: [] });
  const node = (id: string) => store.getState().flow.nodes.find((n) => n.id === id);
  return { store, user, select, node, ...utils };
}
