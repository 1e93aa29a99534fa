export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

/**
 * The smallest single replacement turning `before` into `after` (common prefix and suffix kept).
 * A canvas edit usually touches one node, so applying only this span leaves the cursor,
 * selection and scroll position of the JSON view where the user had them.
 */
export function computeTextEdit(before: string, after: string): TextEdit | null {
  if (before === after) return null;
  const max = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix < max && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (
    suffix < max - prefix &&
    before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)
  ) {
    suffix++;
  }
  return { start: prefix, end: before.length - suffix, text: after.slice(prefix, after.length - suffix) };
}
