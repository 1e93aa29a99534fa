import { toPointer } from '../schema';
import { clipboardFragmentSchema, FRAGMENT_FORMAT, type ClipboardFragment } from './clipboardFragment';

export type ParseFragmentResult = { ok: true; fragment: ClipboardFragment } | { ok: false; message: string };

/**
 * Reads clipboard text: a Baton fragment, validated with zod. Anything else (plain text, a
 * fragment from another tool, a broken node) is refused with the place that is wrong.
 */
export function parseFragment(text: string): ParseFragmentResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, message: 'The clipboard does not hold Baton nodes (not JSON)' };
  }
  if (!raw || typeof raw !== 'object' || (raw as { format?: unknown }).format !== FRAGMENT_FORMAT) {
    return { ok: false, message: `The clipboard does not hold Baton nodes (expected format "${FRAGMENT_FORMAT}")` };
  }
  const parsed = clipboardFragmentSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, message: `The copied nodes are not valid: ${issue.message} at ${toPointer(issue.path) || '/'}` };
  }
  return { ok: true, fragment: parsed.data };
}
