import { FLOW_FORMAT, FLOW_VERSION } from './flow';
import { previewValue } from './previewValue';

const NOT_A_FLOW = 'This file is not a Baton flow';

function describeValue(value: unknown): string {
  if (Array.isArray(value)) return 'an array';
  if (value === null) return 'null';
  return typeof value === 'string' ? 'a string' : `a ${typeof value}`;
}

/**
 * Whether a raw document says it is a flow: a JSON object with `"format": "baton.flow"` and an
 * integer `version` this Baton reads (0 up to the current one). Nothing is guessed: an object
 * without them, a package.json say, is refused rather than opened as an empty flow. `null` when
 * the marker is there, else the refusal at its JSON pointer.
 */
export function checkFlowMarker(raw: unknown): { path: string; message: string } | null {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
    return { path: '', message: `${NOT_A_FLOW}: a flow is a JSON object, and this is ${describeValue(raw)}` };
  }
  const doc = raw as Record<string, unknown>;
  if (!Object.hasOwn(doc, 'format')) return { path: '/format', message: `${NOT_A_FLOW}: it has no "format": "${FLOW_FORMAT}"` };
  if (doc.format !== FLOW_FORMAT) {
    return { path: '/format', message: `${NOT_A_FLOW}: its "format" is ${previewValue(doc.format)}, not "${FLOW_FORMAT}"` };
  }
  if (!Object.hasOwn(doc, 'version')) {
    return { path: '/version', message: `The flow has no "version"; this Baton reads versions 0 to ${FLOW_VERSION}` };
  }
  const version = doc.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    return { path: '/version', message: `Unknown version ${previewValue(version)}; this Baton reads versions 0 to ${FLOW_VERSION}` };
  }
  if (version > FLOW_VERSION) {
    return { path: '/version', message: `This flow is version ${version}; this Baton reads up to version ${FLOW_VERSION}. Update Baton to open it.` };
  }
  return null;
}
