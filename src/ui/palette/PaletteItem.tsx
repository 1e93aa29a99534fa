import { useDraggable } from '@dnd-kit/core';
import type { KeyboardEvent } from 'react';
import { NODE_KINDS, type NodeType } from '../../schema';
import { KindIcon } from '../nodes/KindIcon';
import { groupClass } from '../nodes/groupClass';

interface Props {
  type: NodeType;
  /** Why the kind cannot be added now (e.g. the 6-handover limit), or null. */
  disabledReason: string | null;
  onAdd(type: NodeType): void;
}

/**
 * One node kind: drag it onto the canvas, or focus it and press Enter (or Space) to add it at the
 * centre of the view. Its accessible name is the kind's label.
 */
export function PaletteItem({ type, disabledReason, onAdd }: Props) {
  const kind = NODE_KINDS[type];
  const disabled = disabledReason !== null;
  const { attributes, listeners, setNodeRef, isDragging } = useDraggable({ id: `palette:${type}`, data: { type }, disabled });
  const descId = `palette-desc-${type}`;
  function onKeyDown(e: KeyboardEvent) {
    if (e.key !== 'Enter' && e.key !== ' ') return;
    e.preventDefault();
    if (!disabled) onAdd(type);
  }
  return (
    <div
      ref={setNodeRef}
      {...listeners}
      {...attributes}
      role="button"
      tabIndex={0}
      aria-label={kind.label}
      aria-describedby={descId}
      aria-disabled={disabled}
      aria-roledescription="draggable node kind"
      className={`palette-item ${groupClass(type)}${disabled ? ' is-disabled' : ''}${isDragging ? ' is-dragging' : ''}`}
      title={disabledReason ?? kind.description}
      onKeyDown={onKeyDown}
      onDoubleClick={() => !disabled && onAdd(type)}
    >
      <span className="palette-icon" aria-hidden="true">
        <KindIcon type={type} />
      </span>
      <span className="palette-text">
        <span className="palette-label" aria-hidden="true">{kind.label}</span>
        <span id={descId} className={`palette-desc${disabled ? ' is-reason' : ''}`}>
          {disabledReason ?? kind.description}
        </span>
      </span>
    </div>
  );
}
