import type { FlowNode, NodeOfType } from '../../schema';
import type { FlowIndex } from '../indexFlow';
import { matchKeyword } from './matchKeyword';
import { matchPhrase } from './matchPhrase';

export type TriggerType =
  | 'trigger_human_requested'
  | 'trigger_knowledge_gap'
  | 'trigger_repeated_failure'
  | 'trigger_sensitive_topic'
  | 'trigger_conversation_start';

export interface TriggerMatch {
  node: FlowNode;
  /** The phrase or keyword that matched a user message. */
  matched?: string;
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
 * phrase or sensitive-topic trigger with a matching keyword, in document order.
 */
export function findMessageTrigger(index: FlowIndex, text: string): TriggerMatch | null {
  for (const node of index.triggers) {
    if (!isEnabled(node)) continue;
    if (node.type === 'trigger_human_requested') {
      const phrase = (node as NodeOfType<'trigger_human_requested'>).data.phrases.find((p) => matchPhrase(p, text));
      if (phrase !== undefined) return { node, matched: phrase };
    } else if (node.type === 'trigger_sensitive_topic') {
      const keyword = (node as NodeOfType<'trigger_sensitive_topic'>).data.keywords.find((k) => matchKeyword(k, text));
      if (keyword !== undefined) return { node, matched: keyword };
    }
  }
  return null;
}
