import { memo, useCallback, useMemo, useState, type KeyboardEvent } from 'react';
import { flowOrder } from '../../editor/flowOrder';
import { NODE_KINDS, type FlowNode } from '../../schema';
import { KindIcon } from '../nodes/KindIcon';
import { groupClass } from '../nodes/groupClass';
import { summarizeNode } from '../nodes/summarizeNode';
import { indexFlow } from '../store/indexFlow';
import { useEditor } from '../store/useEditor';
import { selectFlow, selectSelection } from '../store/selectors';
import { useRevealNode } from '../canvas/useRevealNode';
import './problems.css';

interface RowProps {
  node: FlowNode;
  index: number;
  active: boolean;
  selected: boolean;
  onPick(index: number, id: string): void;
}

/** One node of the Outline; memoized, so typing in one node re-renders one row, not thousands. */
const OutlineRow = memo(function OutlineRow({ node, index, active, selected, onPick }: RowProps) {
  return (
    <li
      id={`outline-${node.id}`}
      role="option"
      aria-selected={selected}
      className={`outline-item ${groupClass(node.type)}${active ? ' is-active' : ''}`}
      onClick={() => onPick(index, node.id)}
    >
      <span className="flow-node-icon" aria-hidden="true">
        <KindIcon type={node.type} size={12} />
      </span>
      <span className="outline-title">{node.title || NODE_KINDS[node.type].label}</span>
      <span className="outline-sub">{summarizeNode(node)[0] ?? ''}</span>
    </li>
  );
});

/**
 * Every node in reading order (triggers first, then along the outputs) as a listbox: arrow keys
 * move, Enter (or a click) selects the node on the canvas and centres it.
 */
export function OutlineTab() {
  const flow = useEditor(selectFlow);
  const selection = useEditor(selectSelection);
  const reveal = useRevealNode();
  const order = useMemo(() => flowOrder(flow), [flow]);
  const [active, setActive] = useState(0);
  const nodes = indexFlow(flow).nodeById;
  const selected = useMemo(() => new Set(selection.nodeIds), [selection.nodeIds]);
  const pick = useCallback(
    (index: number, id: string) => {
      setActive(index);
      reveal(id);
    },
    [reveal],
  );
  if (!order.length) return <p className="panel-empty">The flow is empty. Add a trigger from the palette to start.</p>;
  const current = Math.min(active, order.length - 1);

  function onKeyDown(e: KeyboardEvent<HTMLUListElement>) {
    const next = { ArrowDown: current + 1, ArrowUp: current - 1, Home: 0, End: order.length - 1 }[e.key];
    if (next !== undefined) {
      const i = Math.max(0, Math.min(order.length - 1, next));
      setActive(i);
      document.getElementById(`outline-${order[i]}`)?.scrollIntoView?.({ block: 'nearest' });
    } else if (e.key === 'Enter' || e.key === ' ') reveal(order[current]);
    else return;
    e.preventDefault();
  }

  return (
    <ul role="listbox" aria-label="Outline" tabIndex={0} className="outline" aria-activedescendant={`outline-${order[current]}`} onKeyDown={onKeyDown}>
      {order.map((id, i) => (
        <OutlineRow key={id} node={nodes.get(id)!} index={i} active={i === current} selected={selected.has(id)} onPick={pick} />
      ))}
    </ul>
  );
}
