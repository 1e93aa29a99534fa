import type { InputEvent, Scene } from '../../schema';
import type { Effect } from '../../runtime';

/**
 * One thing the simulator reveals, in order: an input (what the user, agent or clock did), a step
 * onto a node (the canvas follows these), or an effect (the transcript and side panels show them).
 * `auto` marks a voice transfer outcome fed from the scene, as runScript feeds it.
 */
export type TimelineItem =
  | { kind: 'start'; scene: Scene; at: number }
  | { kind: 'input'; event: InputEvent; at: number; auto?: boolean }
  | { kind: 'visit'; nodeId: string; port?: string; at: number }
  | { kind: 'effect'; effect: Effect };

/** The node an item belongs to, if any: what breakpoints and the canvas highlight look at. */
export function nodeOfItem(item: TimelineItem | undefined): string | undefined {
  if (!item) return undefined;
  if (item.kind === 'visit') return item.nodeId;
  if (item.kind === 'effect') return item.effect.nodeId;
  return undefined;
}
