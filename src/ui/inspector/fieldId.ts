/**
 * The DOM id of the inspector field that edits a JSON pointer. `scope` is a node id, or `flow` for
 * flow-level fields (name, settings). Problems uses the same mapping to focus the field at fault.
 */
export function fieldId(scope: string, pointer: string): string {
  return `field-${scope}${pointer.replace(/[^A-Za-z0-9_-]+/g, '-')}`;
}

/** Splits a document pointer into the scope and the pointer within it. */
export function scopeOfPointer(pointer: string, nodeIds: readonly string[]): { scope: string; pointer: string } | null {
  const node = /^\/nodes\/(\d+)(\/.*)?$/.exec(pointer);
  if (node) {
    const id = nodeIds[Number(node[1])];
    return id ? { scope: id, pointer: node[2] ?? '' } : null;
  }
  const layout = /^\/layout\/nodes\/([^/]+)/.exec(pointer);
  if (layout) return { scope: layout[1], pointer: '' };
  return { scope: 'flow', pointer };
}

/** Focuses the field for a pointer, or the nearest enclosing one ("/a/b/2/name" → "/a/b/2" → "/a/b"). */
export function focusField(scope: string, pointer: string): boolean {
  const parts = pointer.split('/').slice(1);
  for (let n = parts.length; n >= 0; n--) {
    const id = fieldId(scope, parts.slice(0, n).map((p) => '/' + p).join(''));
    const el = document.getElementById(id);
    if (el) {
      el.focus();
      el.scrollIntoView?.({ block: 'nearest' });
      return true;
    }
  }
  return false;
}
