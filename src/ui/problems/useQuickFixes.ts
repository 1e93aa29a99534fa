import { useEffect, useState } from 'react';

/** The quick-fix code: every fix provider and the command that applies one. */
export interface QuickFixes {
  fixesFor: typeof import('../../editor/fixes/fixesFor').fixesFor;
  applyFix: typeof import('../../editor/fixes/applyFix').applyFix;
}

let loaded: QuickFixes | null = null;
let loading: Promise<QuickFixes | null> | null = null;

/**
 * Fetches the quick fixes once per page. They are a chunk of their own (with the JSON-pointer
 * parser they use): the editor paints its problems first and their fix buttons a moment later.
 * A chunk that cannot load leaves the problems without buttons, as for a problem with no fix.
 */
export function loadQuickFixes(): Promise<QuickFixes | null> {
  loading ??= Promise.all([import('../../editor/fixes/fixesFor'), import('../../editor/fixes/applyFix')]).then(
    ([{ fixesFor }, { applyFix }]) => (loaded = { fixesFor, applyFix }),
    () => null,
  );
  return loading;
}

/** The quick fixes once their code has arrived (null until then); starts the fetch. */
export function useQuickFixes(): QuickFixes | null {
  const [fixes, setFixes] = useState(loaded);
  useEffect(() => {
    if (fixes) return;
    let live = true;
    void loadQuickFixes().then((module) => live && module && setFixes(module));
    return () => {
      live = false;
    };
  }, [fixes]);
  return fixes;
}
