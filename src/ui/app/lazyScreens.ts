import { lazyComponent } from '../shell/lazyComponent';

// Screens and dialogs the editor's first screen never shows: their code (and the flow diff the
// conflict dialog lists) loads when one opens. Render them inside <Suspense>.

/** The library (flows, templates, trash): the first screen only without a last opened flow. */
export const { Component: LibraryScreen, preload: preloadLibraryScreen } = lazyComponent('library', () =>
  import('../library/LibraryScreen').then((m) => m.LibraryScreen),
);

/** Import from a file or pasted text (the header's Import button, Ctrl+O). */
export const { Component: ImportDialog, preload: preloadImportDialog } = lazyComponent('import dialog', () =>
  import('./ImportDialog').then((m) => m.ImportDialog),
);

/** Another tab saved the same flow: keep mine or load theirs. */
export const { Component: ConflictDialog, preload: preloadConflictDialog } = lazyComponent('conflict dialog', () =>
  import('../library/ConflictDialog').then((m) => m.ConflictDialog),
);

/** Leaving the JSON tab with text that does not parse: discard it or keep editing. */
export const { Component: DiscardJsonDialog, preload: preloadDiscardJsonDialog } = lazyComponent('discard dialog', () =>
  import('../json/DiscardJsonDialog').then((m) => m.DiscardJsonDialog),
);
