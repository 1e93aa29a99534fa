import type { Position } from '../../schema';

/** The canvas snaps to a 15 px grid; nodes added from the palette land on it too. */
export const GRID = 15;

export function snapToGrid(p: Position): Position {
  // `|| 0` turns -0 into 0 so stored positions read cleanly.
  return { x: Math.round(p.x / GRID) * GRID || 0, y: Math.round(p.y / GRID) * GRID || 0 };
}
