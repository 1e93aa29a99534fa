import type { Flow } from '../schema/flow';

/**
 * A portable file name from the flow's name: "Chat handover!" → "chat-handover.baton.json".
 * Accents are folded and anything outside [a-z0-9] becomes "-", so the name is safe on every OS.
 */
export function fileNameFor(flow: Pick<Flow, 'name'>, kind: 'flow' | 'program' = 'flow'): string {
  const slug =
    flow.name
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 80)
      .replace(/-+$/, '') || 'flow';
  return kind === 'program' ? `${slug}.program.baton.json` : `${slug}.baton.json`;
}
