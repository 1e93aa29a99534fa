import { FLOW_FORMAT } from '../../schema/flow';

/**
 * Whether pasted text is meant as a whole flow document (to import) rather than nodes copied on a
 * canvas (a fragment, which the canvas pastes itself) or unrelated text (ignored). A `version`
 * number beside a `nodes` array without `format` also counts: it looks meant as a flow, so the
 * import runs and says why it is refused (it has no "format": "baton.flow").
 */
export function looksLikeFlowDocument(text: string): boolean {
  const trimmed = text.trim();
  if (!trimmed.startsWith('{')) return false;
  let value: unknown;
  try {
    value = JSON.parse(trimmed);
  } catch {
    // Broken JSON that names the flow format is still meant as a flow: import it to show why not.
    return trimmed.includes(`"${FLOW_FORMAT}"`);
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
  const doc = value as Record<string, unknown>;
  if (doc.format === FLOW_FORMAT) return true;
  return doc.format === undefined && typeof doc.version === 'number' && Array.isArray(doc.nodes);
}
