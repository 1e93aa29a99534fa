import type { Position } from '../../schema';

/** The canvas snaps to a 15 px grid; nodes added from the palette land on it too. */
export const GRID = 15;

export function snapToGrid(p: Position): Position {
  return { x: Math.round(p.x / GRID) * GRID, y: Math.round(p.y / GRID) * GRID };
}
