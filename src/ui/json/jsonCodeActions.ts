import { fixesFor } from '../../editor/fixes/fixesFor';
import { diagnosticsToMarkers, type TextRange } from '../../editor/jsonSync';
import type { Diagnostic } from '../../rules/diagnostic';
import type { Flow } from '../../schema';

/** One quick fix offered in the JSON tab (Monaco's light bulb and Ctrl+.). */
export interface JsonCodeAction {
  title: string;
  diagnostic: Diagnostic;
  fixId: string;
  /** The marker text the fix repairs, so Monaco lists the fix under that squiggle's hover too. */
  markerMessage: string;
  /** The only fix of its problem: Monaco offers it first ("preferred"). */
  isPreferred: boolean;
}

/**
 * The quick fixes for the markers that touch `range` (offsets into `text`, which must say
 * `flow`): the same fixes and labels as the Problems tab, found where diagnosticsToMarkers puts
 * each squiggle. Pure, so the JSON tab test checks it without Monaco.
 */
export function jsonCodeActions(text: string, flow: Flow, diagnostics: readonly Diagnostic[], range: TextRange): JsonCodeAction[] {
  const markers = diagnosticsToMarkers(text, diagnostics);
  return diagnostics.flatMap((diagnostic, i) => {
    const marker = markers[i];
    if (marker.endOffset < range.start || marker.startOffset > range.end) return [];
    const fixes = fixesFor(diagnostic, flow);
    return fixes.map((fix) => ({ title: fix.label, diagnostic, fixId: fix.id, markerMessage: marker.message, isPreferred: fixes.length === 1 }));
  });
}

/** What the Monaco wrapper asks the JSON view for: the fixes at a range, and running one. */
export interface JsonCodeActionSource {
  /** Fixes at an offset range; none while the text is not the flow (invalid or not yet applied). */
  actionsAt(range: TextRange): readonly JsonCodeAction[];
  run(action: JsonCodeAction): void;
}
