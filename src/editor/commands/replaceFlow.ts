import type { Flow } from '../../schema';
import type { Command } from './types';

/**
 * Replaces the whole document as one undoable step (the JSON view applying a text edit). The
 * caller parses the text with parseFlow first: the one way in. Top-level fields are assigned one
 * by one so unchanged parts (e.g. tests, settings) produce no patches.
 */
export const replaceFlow: Command<{ flow: Flow }> = {
  id: 'replaceFlow',
  label: 'Edit JSON',
  perform(draft, args, ctx) {
    const next = args.flow as unknown as Record<string, unknown>;
    const current = ctx.flow as unknown as Record<string, unknown>;
    const target = draft as unknown as Record<string, unknown>;
    for (const key of Object.keys(current)) if (!(key in next)) delete target[key];
    for (const [key, value] of Object.entries(next)) {
      if (JSON.stringify(current[key]) !== JSON.stringify(value)) target[key] = value;
    }
  },
};
