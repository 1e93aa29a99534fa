import type { Effect, VisitedStep } from '../../runtime';
import type { TimelineItem } from './timelineItem';

/**
 * Interleaves one turn's node visits and effects in the order the engine made them. The engine
 * records a visit just before running the node, and the node's effects carry its id, so each
 * effect is placed after every visit up to the one of its node; nodes that emit nothing (a
 * channel router, a condition) land before the next node that does.
 */
export function mergeTurn(visits: readonly VisitedStep[], effects: readonly Effect[]): TimelineItem[] {
  const items: TimelineItem[] = [];
  let next = 0;
  const visitItem = (v: VisitedStep): TimelineItem => ({ kind: 'visit', nodeId: v.nodeId, at: v.at, ...(v.port !== undefined ? { port: v.port } : {}) });
  for (const effect of effects) {
    if (effect.nodeId !== undefined) {
      const own = visits.findIndex((v, i) => i >= next && v.nodeId === effect.nodeId && v.at <= effect.at);
      // Only visits at or before this effect's time can precede it; a later one waits its turn.
      if (own >= 0 && visits.slice(next, own).every((v) => v.at <= effect.at)) {
        while (next <= own) items.push(visitItem(visits[next++]));
      }
    }
    items.push({ kind: 'effect', effect });
  }
  while (next < visits.length) items.push(visitItem(visits[next++]));
  return items;
}
