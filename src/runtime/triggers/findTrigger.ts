import type { FlowNode, NodeOfType } from '../../schema';
import type { FlowIndex } from '../indexFlow';
import { scoreMatch, type MatchScore } from './scoreMatch';

export type TriggerType =
  | 'trigger_human_requested'
  | 'trigger_knowledge_gap'
  | 'trigger_repeated_failure'
  | 'trigger_sensitive_topic'
  | 'trigger_conversation_start';

export interface TriggerMatch {
  node: FlowNode;
  /** The phrase or keyword that matched a user message, with its score and evidence. */
  matched?: MatchScore;
}

/** What a user message fired, or else the closest phrase or keyword, to say why nothing fired. */
export type MessageMatch = { fired: TriggerMatch; closest?: undefined } | { fired: null; closest: MatchScore | null };

/** Fired before not fired, then the higher score, then more words said as typed. */
function rank(s: MatchScore): number[] {
  return [Number(s.fired), s.score, s.words.filter((w) => w.how === 'exact').length];
}

function bestOf(scores: MatchScore[]): MatchScore | null {
  let best: MatchScore | null = null;
  let bestRank: number[] = [];
  for (const s of scores) {
    const r = rank(s);
    const i = r.findIndex((v, k) => v !== bestRank[k]);
    if (!best || (i >= 0 && r[i] > bestRank[i])) [best, bestRank] = [s, r];
  }
  return best;
}

function isEnabled(node: FlowNode): boolean {
  return 'enabled' in node.data && node.data.enabled === true;
}

/** The first ENABLED trigger of a type, in document order: disabled scenarios never fire. */
export function findTrigger(index: FlowIndex, type: Exclude<TriggerType, 'trigger_human_requested' | 'trigger_sensitive_topic'>): TriggerMatch | null {
  const node = index.triggers.find((n) => n.type === type && isEnabled(n));
  return node ? { node } : null;
}

/**
 * The trigger a user message fires: the first enabled human-requested trigger with a matching
 * phrase or sensitive-topic trigger with a matching keyword, in document order (within a trigger,
 * its best-scoring phrase). When none fires, the closest phrase or keyword over all of them.
 */
export function findMessageTrigger(index: FlowIndex, text: string): MessageMatch {
  let closest: MatchScore | null = null;
  for (const node of index.triggers) {
    if (!isEnabled(node)) continue;
    let scores: MatchScore[];
    if (node.type === 'trigger_human_requested') {
      scores = (node as NodeOfType<'trigger_human_requested'>).data.phrases.map((p) => scoreMatch(p, text, { kind: 'phrase' }));
    } else if (node.type === 'trigger_sensitive_topic') {
      scores = (node as NodeOfType<'trigger_sensitive_topic'>).data.keywords.map((k) => scoreMatch(k, text, { kind: 'keyword' }));
    } else continue;
    const best = bestOf(scores);
    if (best?.fired) return { fired: { node, matched: best } };
    closest = bestOf([...(closest ? [closest] : []), ...(best ? [best] : [])]);
  }
  return { fired: null, closest };
}
