import { Fragment, useCallback, useRef, useState } from 'react';
import type { EditorState } from '../../editor/createEditorStore';
import { canAddNode } from '../../editor/canAddNode';
import { NODE_KINDS, NODE_TYPES, PALETTE_GROUPS, type NodeType } from '../../schema';
import { useEditor } from '../store/useEditor';
import { useViewCenter } from '../canvas/useViewCenter';
import { PaletteItem } from './PaletteItem';
import { useAddNodeAt } from './useAddNodeAt';
import { usePaletteDnd } from './usePaletteDnd';
import './palette.css';

// Joined so the palette re-renders only when some kind's availability changes, not on every edit.
const selectDisabled = (s: EditorState) =>
  NODE_TYPES.map((t) => {
    const check = canAddNode(s.flow, t);
    return check.ok ? '' : check.reason;
  }).join('\u0000');

/** Every node kind from the registry, grouped by palette group, with a filter box. */
export function Palette() {
  const reasons = useEditor(selectDisabled).split('\u0000');
  const [filter, setFilter] = useState('');
  const center = useViewCenter();
  const addAt = useAddNodeAt();
  const onAdd = useCallback((type: NodeType) => addAt(type, center(), { avoidOverlap: true }), [addAt, center]);
  const paletteRef = useRef<HTMLElement>(null);
  const { dnd, warm } = usePaletteDnd(paletteRef);
  // Drag and drop wraps only the item list, so its arrival never remounts the filter or the canvas.
  const List = dnd?.PaletteDndContext ?? Fragment;
  const Item = dnd?.DraggablePaletteItem ?? PaletteItem;
  const q = filter.trim().toLowerCase();
  const visible = NODE_TYPES.filter((t) => !q || NODE_KINDS[t].label.toLowerCase().includes(q) || NODE_KINDS[t].description.toLowerCase().includes(q));
  return (
    <nav ref={paletteRef} className="palette" aria-label="Node palette" onPointerEnter={warm} onFocus={warm}>
      <div className="palette-search">
        <input type="search" aria-label="Filter node kinds" placeholder="Filter nodes…" value={filter} onChange={(e) => setFilter(e.target.value)} />
      </div>
      <div className="palette-scroll">
        <List>
          {PALETTE_GROUPS.map((group) => {
            const types = visible.filter((t) => NODE_KINDS[t].group === group);
            if (!types.length) return null;
            const headingId = `palette-group-${group.replace(/\W/g, '')}`;
            return (
              <section key={group} aria-labelledby={headingId} className="palette-group">
                <h2 id={headingId} className="panel-heading palette-heading">
                  {group}
                </h2>
                {types.map((type) => (
                  <Item key={type} type={type} disabledReason={reasons[NODE_TYPES.indexOf(type)] || null} onAdd={onAdd} />
                ))}
              </section>
            );
          })}
        </List>
        {!visible.length && <p className="panel-empty">No node kind matches “{filter}”.</p>}
      </div>
      <p className="palette-hint">Drag onto the canvas, or focus and press Enter.</p>
    </nav>
  );
}
