import type { Scenario } from '../effects';
import type { Turn } from '../turn';
import { continueFrom } from '../walkFrom';
import { describeMatch } from './describeMatch';
import type { TriggerMatch } from './findTrigger';

/** Starts a walk at a trigger: "Human Handover only activates when an enabled scenario is triggered." */
export function fireTrigger(turn: Turn, match: TriggerMatch): void {
  const scenario = match.node.type.replace(/^trigger_/, '') as Scenario;
  turn.triggerAt = turn.state.now;
  const matched = match.matched && { matched: match.matched.text, score: match.matched.score, because: describeMatch(match.matched) };
  turn.emit('trigger_fired', { scenario, ...matched }, match.node.id);
  continueFrom(turn, match.node.id, 'next');
}
