import { createEditorStore } from '../../../src/editor/createEditorStore';
import { applyFix } from '../../../src/editor/fixes/applyFix';
import { fixesFor } from '../../../src/editor/fixes/fixesFor';
import type { Diagnostic } from '../../../src/rules/diagnostic';
import { validateFlow } from '../../../src/rules/validateFlow';
import type { Flow } from '../../../src/schema';

/** Is `d` (by code, place and words) among `list`? */
export const sameFinding = (d: Diagnostic) => (other: Diagnostic) =>
  other.code === d.code && other.nodeId === d.nodeId && other.edgeId === d.edgeId && other.path === d.path && other.message === d.message;

/** The first finding of `code` on a flow; throws when there is none, so a fixture change is loud. */
export function findingOf(flow: Flow, code: string, pick: (d: Diagnostic) => boolean = () => true): Diagnostic {
  const found = validateFlow(flow).find((d) => d.code === code && pick(d));
  if (!found) throw new Error(`the flow has no ${code} finding`);
  return found;
}

/** Runs one fix through a fresh editor store, as the UI does; returns the store and the fixed flow. */
export function applyFixTo(flow: Flow, diagnostic: Diagnostic, fixId: string) {
  const store = createEditorStore(flow);
  const ok = store.run(applyFix, { diagnostic, fixId });
  return { ok, store, after: store.getState().flow };
}

/** Applies the fix whose label matches, after checking the flow offers it. */
export function fix(flow: Flow, code: string, label: RegExp, pick?: (d: Diagnostic) => boolean) {
  const diagnostic = findingOf(flow, code, pick);
  const offered = fixesFor(diagnostic, flow);
  const chosen = offered.find((f) => label.test(f.label));
  if (!chosen) throw new Error(`no fix matching ${label} for ${code}; offered: ${offered.map((f) => f.label).join(' | ')}`);
  const result = applyFixTo(flow, diagnostic, chosen.id);
  return { ...result, diagnostic, label: chosen.label, remaining: validateFlow(result.after) };
}
