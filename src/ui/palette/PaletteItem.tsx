import type { KeyboardEvent } from 'react';
// Types only (erased): the runtime dnd-kit stays in the lazy PaletteDnd chunk.
import type { DraggableAttributes, DraggableSyntheticListeners } from '@dnd-kit/core';
import { NODE_KINDS, type NodeType } from '../../schema';
import { KindIcon } from '../nodes/KindIcon';
import { groupClass } from '../nodes/groupClass';

/** What the draggable item (src/ui/palette/PaletteDnd.tsx) hands in; the plain item has none. */
export interface PaletteItemDrag {
  setNodeRef(element: HTMLElement | null): void;
  listeners: DraggableSyntheticListeners;
  attributes: DraggableAttributes;
  isDragging: boolean;
}

interface Props {
  type: NodeType;
  /** Why the kind cannot be added now (e.g. the 6-handover limit), or null. */
  disabledReason: string | null;
  onAdd(type: NodeType): void;
  /** Present once dnd-kit has loaded: the item can then also be dragged onto the canvas. */
  drag?: PaletteItemDrag;
}

/** The DOM id of a kind's palette item (focus returns to it when the list gains drag and drop). */
export const paletteItemId = (type: NodeType) => `palette-item-${type}`;

/**
 * One node kind: focus it and press Enter (or Space), or double-click it, to add it at the centre
 * of the view; once drag and drop has loaded, drag it onto the canvas too. Its accessible name is
 * the kind's label.
 */
export function PaletteItem({ type, disabledReason, onAdd, drag }: Props) {
  const kind = NODE_KINDS[type];
  const disabled = disabledReason !== null;
  const descId = `palette-desc-${type}`;
  function onKeyDown(e: KeyboardEvent) {
    if (e.key !== 'Enter' && e.key !== ' ') return;
    e.preventDefault();
    if (!disabled) onAdd(type);
  }
  return (
    <div
      ref={drag?.setNodeRef}
      {...drag?.listeners}
      {...drag?.attributes}
      id={paletteItemId(type)}
      role="button"
      tabIndex={0}
      aria-label={kind.label}
      aria-describedby={descId}
      aria-disabled={disabled}
      aria-roledescription={drag ? 'draggable node kind' : undefined}
      className={`palette-item ${groupClass(type)}${disabled ? ' is-disabled' : ''}${drag?.isDragging ? ' is-dragging' : ''}`}
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
