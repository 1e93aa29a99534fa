import { titleNode, type Flow } from '../schema';
import type { Effect } from './effects';

const BASE_KEYS = new Set(['seq', 'at', 'type', 'nodeId']);

/** `12.500s` — virtual time as the simulator and the CLI print it. */
export function formatTime(ms: number): string {
  return `${(ms / 1000).toFixed(3)}s`;
}

function formatValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (value && typeof value === 'object' && 'provider' in value) return `<${String((value as { provider: unknown }).provider)} request>`;
  return JSON.stringify(value);
}

/**
 * One effect as a line of text: `  1.500s  #5  bot_says  (Final message)  text="Thank you!"`, the node
 * named as everywhere else when the flow is given (its id otherwise). Provider requests are
 * abbreviated; the JSON format has them in full.
 */
export function describeEffect(effect: Effect, flow?: Flow): string {
  const fields = Object.entries(effect)
    .filter(([key]) => !BASE_KEYS.has(key))
    .map(([key, value]) => `${key}=${formatValue(value)}`);
  const owner = effect.nodeId !== undefined ? flow?.nodes.find((n) => n.id === effect.nodeId) : undefined;
  const node = owner ? `(${titleNode(owner, flow)})` : effect.nodeId !== undefined ? `(${effect.nodeId})` : '';
  return [formatTime(effect.at).padStart(10), `#${effect.seq}`.padEnd(4), effect.type, node, ...fields].filter(Boolean).join('  ');
}
