import { canConnect } from '../../editor/canConnect';
import { connect } from '../../editor/commands/connect';
import { disconnect } from '../../editor/commands/disconnect';
import { acceptsInput, NODE_KINDS, type Flow, type FlowNode, type PortSpec } from '../../schema';
import { indexFlow } from '../store/indexFlow';
import { useEditorStore } from '../store/useEditorStore';
import { fieldId } from './fieldId';

let gestures = 0;

function nameOf(n: FlowNode): string {
  return n.title ? `${n.title} (${NODE_KINDS[n.type].label})` : `${NODE_KINDS[n.type].label} · ${n.id}`;
}

/**
 * "Next step" for one output port: a select of the steps it can lead to. Changing it reconnects
 * the port in one undo step, so a whole flow can be wired from the keyboard.
 */
export function NextStepPicker({ flow, node, port }: { flow: Flow; node: FlowNode; port: PortSpec }) {
  const store = useEditorStore();
  const current = indexFlow(flow).targetOf.get(`${node.id}\u0000${port.id}`) ?? '';
  const targets = flow.nodes.filter((n) => n.id !== node.id && acceptsInput(n));
  const id = fieldId(node.id, `/ports/${port.id}`);
  function onChange(target: string) {
    const gesture = `next-${++gestures}`;
    store.endGesture();
    if (current) store.run(disconnect, { source: node.id, sourcePort: port.id }, { gesture });
    if (target) {
      const check = canConnect(store.getState().flow, { source: node.id, sourcePort: port.id, target });
      if (check.ok) store.run(connect, { source: node.id, sourcePort: port.id, target }, { gesture });
    }
    store.endGesture();
    // connect selects the new edge; keep the node in the inspector while wiring its ports.
    store.setSelection({ nodeIds: [node.id], edgeIds: [] });
  }
  return (
    <div className="next-step">
      <label htmlFor={id} className="next-step-port">
        {port.label}
      </label>
      <select id={id} className={`input select${current ? '' : ' is-empty'}`} value={current} onChange={(e) => onChange(e.target.value)} aria-label={`Next step after ${port.label}`}>
        <option value="">— not connected —</option>
        {targets.map((n) => (
          <option key={n.id} value={n.id}>
            {nameOf(n)}
          </option>
        ))}
      </select>
    </div>
  );
}
