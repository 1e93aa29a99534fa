import { useEffect, useState, type ComponentProps, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { DndContext, DragOverlay, PointerSensor, useDraggable, useSensor, useSensors, type DragEndEvent, type DragMoveEvent, type DragStartEvent } from '@dnd-kit/core';
import { useReactFlow } from '@xyflow/react';
import { NODE_KINDS, type NodeType, type Position } from '../../schema';
import { CANVAS_SECTION_ID } from '../canvas/Canvas';
import { KindIcon } from '../nodes/KindIcon';
import { groupClass } from '../nodes/groupClass';
import { canvasDropHover } from '../shell/canvasDropHover';
import { PaletteItem } from './PaletteItem';
import { useAddNodeAt } from './useAddNodeAt';

// The only module that imports dnd-kit. Palette loads it after the first paint (usePaletteDnd), so
// dnd-kit stays out of the initial bundle; until then the palette adds kinds by keyboard and double-click.

/** Where the pointer is now: where the drag started plus how far it has moved. */
function pointerOf(e: DragMoveEvent | DragEndEvent): Position | null {
  const start = e.activatorEvent as PointerEvent | null;
  if (!start || !('clientX' in start)) return null;
  return { x: start.clientX + e.delta.x, y: start.clientY + e.delta.y };
}

function isOverCanvas(point: Position | null): point is Position {
  const rect = point && document.getElementById(CANVAS_SECTION_ID)?.getBoundingClientRect();
  return !!rect && point.x >= rect.left && point.x <= rect.right && point.y >= rect.top && point.y <= rect.bottom;
}

/**
 * Palette → canvas drag and drop around the palette's item list. It must sit inside
 * ReactFlowProvider so the drop converts the pointer to flow coordinates; a 5 px activation
 * distance keeps clicks and double-clicks on items from starting drags. No auto-scroll: a drag
 * leaves the palette for the canvas, and dnd-kit adds any scroll of the list to the drag's delta,
 * so a list that scrolled under a passing drag dropped the node off the pointer by that much.
 */
export function PaletteDndContext({ children }: { children: ReactNode }) {
  const rf = useReactFlow();
  const addAt = useAddNodeAt();
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 5 } }));
  const [dragging, setDragging] = useState<NodeType | null>(null);
  // The palette can be hidden mid-drag: the canvas must not stay highlighted.
  useEffect(() => () => canvasDropHover.set(false), []);

  function onDragStart(e: DragStartEvent) {
    setDragging((e.active.data.current?.type as NodeType | undefined) ?? null);
  }
  function onDragEnd(e: DragEndEvent) {
    finish();
    const type = e.active.data.current?.type as NodeType | undefined;
    const point = pointerOf(e);
    if (type && isOverCanvas(point)) addAt(type, rf.screenToFlowPosition(point));
  }
  function finish() {
    setDragging(null);
    canvasDropHover.set(false);
  }

  return (
    <DndContext sensors={sensors} autoScroll={false} onDragStart={onDragStart} onDragMove={(e) => canvasDropHover.set(isOverCanvas(pointerOf(e)))} onDragEnd={onDragEnd} onDragCancel={finish}>
      {children}
      {/* In body: the palette panel clips its overflow and sits below the canvas. */}
      {createPortal(
        <DragOverlay dropAnimation={null}>
          {dragging && (
            <div className={`palette-item palette-ghost ${groupClass(dragging)}`}>
              <span className="palette-icon" aria-hidden="true">
                <KindIcon type={dragging} />
              </span>
              <span className="palette-label">{NODE_KINDS[dragging].label}</span>
            </div>
          )}
        </DragOverlay>,
        document.body,
      )}
    </DndContext>
  );
}

/** A palette item that can also be dragged onto the canvas (same markup as the plain one). */
export function DraggablePaletteItem(props: Omit<ComponentProps<typeof PaletteItem>, 'drag'>) {
  const { attributes, listeners, setNodeRef, isDragging } = useDraggable({ id: `palette:${props.type}`, data: { type: props.type }, disabled: props.disabledReason !== null });
  return <PaletteItem {...props} drag={{ attributes, listeners, setNodeRef, isDragging }} />;
}
