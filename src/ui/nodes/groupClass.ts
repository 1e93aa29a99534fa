import { NODE_KINDS, type NodeType } from '../../schema';

/** CSS modifier for a kind's palette group (colours live in nodes.css / tokens.css). */
export function groupClass(type: NodeType): string {
  return 'group-' + NODE_KINDS[type].group.toLowerCase().replace(/[^a-z]/g, '');
}
