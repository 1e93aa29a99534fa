import type { Scenario } from '../effects';
import type { Turn } from '../turn';
import { continueFrom } from '../walkFrom';
import type { TriggerMatch } from './findTrigger';

/** Starts a walk at a trigger: "Human Handover only activates when an enabled scenario is triggered." */
export function fireTrigger(turn: Turn, match: TriggerMatch): void {
  const scenario = match.node.type.replace(/^trigger_/, '') as Scenario;
  turn.triggerAt = turn.state.now;
  turn.emit('trigger_fired', { scenario, ...(match.matched !== undefined ? { matched: match.matched } : {}) }, match.node.id);
  continueFrom(turn, match.node.id, 'next');
}
