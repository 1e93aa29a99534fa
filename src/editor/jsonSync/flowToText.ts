import { flowSchema, type Flow } from '../../schema';

/**
 * The flow as the JSON view shows it: 2-space pretty print, keys in schema order, a final newline.
 * Re-parsing puts keys back in schema order after editor commands added them in any order,
 * so the same document always prints the same text (the JSON view compares texts to decide
 * whether a canvas edit needs to replace what the user sees).
 */
export function flowToText(flow: Flow): string {
  const parsed = flowSchema.safeParse(flow);
  return JSON.stringify(parsed.success ? parsed.data : flow, null, 2) + '\n';
}
