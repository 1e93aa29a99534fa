import { useMemo } from 'react';
import { canConnect } from '../../editor/canConnect';
import { connect } from '../../editor/commands/connect';
import { disconnect } from '../../editor/commands/disconnect';
import { acceptsInput, NODE_KINDS, titleNode, type Flow, type FlowNode, type PortSpec } from '../../schema';
import { summarizeNode } from '../nodes/summarizeNode';
import { indexFlow } from '../store/indexFlow';
import { useEditorStore } from '../store/useEditorStore';
import { useFieldGesture } from '../store/useFieldGesture';
import { fieldId } from './fieldId';

/**
 * Option names a designer recognises: a titled step by title and kind, then what it shows on the
 * canvas ("Thanks (Message) · “Thank you!”"); an untitled one as titleNode names it everywhere
 * ("Pause 1.5 s", "Handover 2"); the id only when two steps would still read the same.
 */
function nameTargets(flow: Flow, targets: readonly FlowNode[]): Map<string, string> {
  const named = targets.map((n) => {
    if (!n.title?.trim()) return { n, name: titleNode(n, flow) };
    const base = `${n.title.trim()} (${NODE_KINDS[n.type].label})`;
    const summary = summarizeNode(n)[0];
    return { n, name: summary ? `${base} · ${summary}` : base };
  });
  const counts = new Map<string, number>();
  for (const { name } of named) counts.set(name, (counts.get(name) ?? 0) + 1);
  return new Map(named.map(({ n, name }) => [n.id, counts.get(name)! > 1 ? `${name} (${n.id})` : name]));
}

/**
 * "Next step" for one output port: a select of the steps it can lead to, so a whole flow can be
 * wired from the keyboard. Arrowing through a closed select fires a change per option passed
 * (Chromium), so the changes from focus to blur are one undo step, like a text field's edit.
 */
export function NextStepPicker({ flow, node, port }: { flow: Flow; node: FlowNode; port: PortSpec }) {
  const store = useEditorStore();
  const gesture = useFieldGesture();
  const current = indexFlow(flow).targetOf.get(`${node.id}\u0000${port.id}`) ?? '';
  const targets = useMemo(() => flow.nodes.filter((n) => n.id !== node.id && acceptsInput(n)), [flow.nodes, node.id]);
  const names = useMemo(() => nameTargets(flow, targets), [flow, targets]);
  const id = fieldId(node.id, `/ports/${port.id}`);
  function onChange(target: string, focused: boolean) {
    // A change without focus (assistive tech, scripts) still reconnects in one step of its own.
    if (!focused) gesture.onFocus();
    if (current) gesture.run(disconnect, { source: node.id, sourcePort: port.id });
    if (target) {
      const check = canConnect(store.getState().flow, { source: node.id, sourcePort: port.id, target });
      if (check.ok) gesture.run(connect, { source: node.id, sourcePort: port.id, target });
    }
    if (!focused) gesture.onBlur();
    // connect selects the new edge; keep the node in the inspector while wiring its ports.
    store.setSelection({ nodeIds: [node.id], edgeIds: [] });
  }
  return (
    <div className="next-step">
      <label htmlFor={id} className="next-step-port">
        {port.label}
      </label>
      <select
        id={id}
        className={`input select${current ? '' : ' is-empty'}`}
        value={current}
        onFocus={gesture.onFocus}
        onBlur={gesture.onBlur}
        onChange={(e) => onChange(e.target.value, e.target.ownerDocument.activeElement === e.target)}
        aria-label={`Next step after ${port.label}`}
      >
        <option value="">— not connected —</option>
        {targets.map((n) => (
          <option key={n.id} value={n.id}>
            {names.get(n.id)}
          </option>
        ))}
      </select>
    </div>
  );
}
