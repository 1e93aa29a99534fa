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
      // The effect's own visit, searched from the first visit not yet placed (not from the start:
      // a runaway turn has 10,000 effects and 20,000 visits). Only visits at or before this
      // effect's time can precede it; a later one waits its turn.
      let own = next;
      while (own < visits.length && !(visits[own].nodeId === effect.nodeId && visits[own].at <= effect.at)) {
        if (visits[own].at > effect.at) own = visits.length;
        else own += 1;
      }
      if (own < visits.length) {
        while (next <= own) items.push(visitItem(visits[next++]));
      }
    }
    items.push({ kind: 'effect', effect });
  }
  while (next < visits.length) items.push(visitItem(visits[next++]));
  return items;
}
