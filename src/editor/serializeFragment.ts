import type { ClipboardFragment } from './clipboardFragment';

/** Text for the system clipboard; parseFragment reads it back. */
export function serializeFragment(fragment: ClipboardFragment): string {
  return JSON.stringify(fragment);
}
