import { memo, useCallback, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { flowOrder } from '../../editor/flowOrder';
import { titleNode, type FlowNode } from '../../schema';
import { KindIcon } from '../nodes/KindIcon';
import { groupClass } from '../nodes/groupClass';
import { summarizeNode } from '../nodes/summarizeNode';
import { indexFlow } from '../store/indexFlow';
import { useEditor } from '../store/useEditor';
import { selectFlow, selectSelection } from '../store/selectors';
import { useRevealNode } from '../canvas/useRevealNode';
import './problems.css';

/** Row height in px, as .outline-item sets it: rows are windowed, so they must not vary. */
const ROW_HEIGHT = 28;
/** Space above the first row and below the last, kept by the spacer rows around the window. */
const LIST_PADDING = 4;

interface RowProps {
  node: FlowNode;
  /** titleNode's name, worked out by the list: it needs the whole flow (ordinals, staff names). */
  title: string;
  index: number;
  count: number;
  active: boolean;
  selected: boolean;
  onPick(index: number, id: string): void;
}

/** One node of the Outline; memoized, so typing in one node re-renders one row, not thousands. */
const OutlineRow = memo(function OutlineRow({ node, title, index, count, active, selected, onPick }: RowProps) {
  return (
    <li
      id={`outline-${node.id}`}
      role="option"
      aria-selected={selected}
      aria-posinset={index + 1}
      aria-setsize={count}
      className={`outline-item ${groupClass(node.type)}${active ? ' is-active' : ''}`}
      onClick={() => onPick(index, node.id)}
    >
      <span className="flow-node-icon" aria-hidden="true">
        <KindIcon type={node.type} size={12} />
      </span>
      <span className="outline-title">{title}</span>
      <span className="outline-sub">{summarizeNode(node)[0] ?? ''}</span>
    </li>
  );
});

/**
 * Every node in reading order (triggers first, then along the outputs) as a listbox: arrow keys
 * move, Enter (or a click) selects the node on the canvas and centres it. Only the rows in view
 * (and a few around them) are in the DOM, so a 3,000-node flow opens its Outline as fast as a
 * small one; each row says its position (aria-posinset / aria-setsize) for screen readers.
 */
export function OutlineTab() {
  const flow = useEditor(selectFlow);
  const selection = useEditor(selectSelection);
  const reveal = useRevealNode();
  const order = useMemo(() => flowOrder(flow), [flow]);
  const [active, setActive] = useState(0);
  const listRef = useRef<HTMLUListElement>(null);
  const virtualizer = useVirtualizer({
    count: order.length,
    getScrollElement: () => listRef.current,
    estimateSize: () => ROW_HEIGHT,
    paddingStart: LIST_PADDING,
    paddingEnd: LIST_PADDING,
    overscan: 12,
  });
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
      virtualizer.scrollToIndex(i, { align: 'auto' });
    } else if (e.key === 'Enter' || e.key === ' ') reveal(order[current]);
    else return;
    e.preventDefault();
  }

  const rows = virtualizer.getVirtualItems();
  const before = rows.length ? rows[0].start : LIST_PADDING;
  const after = rows.length ? virtualizer.getTotalSize() - rows[rows.length - 1].end : LIST_PADDING;
  // Scrolled away by the wheel, the active row is out of the DOM: point at nothing rather than at a
  // missing element; the next arrow key brings it back into the window.
  const activeShown = rows.some((row) => row.index === current);
  return (
    <ul
      ref={listRef}
      role="listbox"
      aria-label="Outline"
      tabIndex={0}
      className="outline"
      aria-activedescendant={activeShown ? `outline-${order[current]}` : undefined}
      onKeyDown={onKeyDown}
    >
      <li role="none" className="outline-spacer" style={{ height: before }} />
      {rows.map(({ index }) => (
        <OutlineRow key={order[index]} node={nodes.get(order[index])!} title={titleNode(nodes.get(order[index])!, flow)} index={index} count={order.length} active={index === current} selected={selected.has(order[index])} onPick={pick} />
      ))}
      <li role="none" className="outline-spacer" style={{ height: after }} />
    </ul>
  );
}
