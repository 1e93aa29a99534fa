import type { KeyLike } from '../../editor/matchesKey';

/** What the view keys do (Figma's keys, which designers already know); none changes the document. */
export type ViewAction = 'zoomIn' | 'zoomOut' | 'fitAll' | 'fitSelection' | 'actualSize';

/** The Shift+digit bindings, read from the physical key: Shift+1 is "!" on one layout, "1" or "+" on others. */
const SHIFT_DIGITS: Readonly<Record<string, ViewAction>> = { Digit1: 'fitAll', Digit2: 'fitSelection', Digit0: 'actualSize' };

/**
 * The view action a key press asks for, or null. Plain keys only: with Ctrl, ⌘ or Alt the browser
 * keeps its own page zoom.
 */
export function viewActionFor(event: KeyLike & { code?: string }): ViewAction | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  if (event.shiftKey && event.code && SHIFT_DIGITS[event.code]) return SHIFT_DIGITS[event.code];
  if (event.key === '+' || event.key === '=') return 'zoomIn';
  if (event.key === '-' || event.key === '_') return 'zoomOut';
  return null;
}
