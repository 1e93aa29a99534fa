import { useState, type ReactNode } from 'react';
import { DndContext, DragOverlay, PointerSensor, pointerWithin, useSensor, useSensors, type DragEndEvent, type DragStartEvent } from '@dnd-kit/core';
import { useReactFlow } from '@xyflow/react';
import { NODE_KINDS, type NodeType } from '../../schema';
import { CANVAS_DROP_ID } from '../canvas/Canvas';
import { KindIcon } from '../nodes/KindIcon';
import { groupClass } from '../nodes/groupClass';
import { useAddNodeAt } from '../palette/useAddNodeAt';

/**
 * Palette → canvas drag and drop. Lives inside ReactFlowProvider so the drop can convert the
 * pointer to flow coordinates (screenToFlowPosition); a 5 px activation distance keeps clicks
 * and keyboard focus on palette items from starting drags.
 */
export function CanvasDndContext({ children }: { children: ReactNode }) {
  const rf = useReactFlow();
  const addAt = useAddNodeAt();
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 5 } }));
  const [dragging, setDragging] = useState<NodeType | null>(null);

  function onDragStart(e: DragStartEvent) {
    setDragging((e.active.data.current?.type as NodeType | undefined) ?? null);
  }
  function onDragEnd(e: DragEndEvent) {
    setDragging(null);
    const type = e.active.data.current?.type as NodeType | undefined;
    const start = e.activatorEvent as PointerEvent | null;
    if (!type || e.over?.id !== CANVAS_DROP_ID || !start || !('clientX' in start)) return;
    addAt(type, rf.screenToFlowPosition({ x: start.clientX + e.delta.x, y: start.clientY + e.delta.y }));
  }

  return (
    <DndContext sensors={sensors} collisionDetection={pointerWithin} onDragStart={onDragStart} onDragEnd={onDragEnd} onDragCancel={() => setDragging(null)}>
      {children}
      <DragOverlay dropAnimation={null}>
        {dragging && (
          <div className={`palette-item palette-ghost ${groupClass(dragging)}`}>
            <span className="palette-icon" aria-hidden="true">
              <KindIcon type={dragging} />
            </span>
            <span className="palette-label">{NODE_KINDS[dragging].label}</span>
          </div>
        )}
      </DragOverlay>
    </DndContext>
  );
}
