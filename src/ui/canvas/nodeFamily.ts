import type { NodeType } from '../../schema';

/** One canvas component per family of kinds (see nodeTypes.ts); the registry stays the source of kinds. */
export type NodeFamily = 'trigger' | 'step' | 'handover' | 'note';

export function nodeFamily(type: NodeType): NodeFamily {
  if (type.startsWith('trigger_')) return 'trigger';
  if (type === 'handover') return 'handover';
  if (type === 'note') return 'note';
  return 'step';
}
