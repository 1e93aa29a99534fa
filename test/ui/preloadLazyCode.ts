import { loadQuickFixes } from '../../src/ui/problems/useQuickFixes';
import { preloadNodeInspector } from '../../src/ui/inspector/lazyNodeInspector';
import { preloadConflictDialog, preloadDiscardJsonDialog, preloadImportDialog, preloadLibraryScreen } from '../../src/ui/app/lazyScreens';

// The editor's lazy code (node forms, quick fixes, dialogs, the library screen) loaded before a test renders, as it
// is for a user once the browser was idle after the first paint: the tests drive what the forms
// do, not when their chunk arrives. test/shell/lazyComponent.test.tsx covers the loading itself.
await Promise.all([preloadNodeInspector(), loadQuickFixes(), preloadImportDialog(), preloadConflictDialog(), preloadLibraryScreen(), preloadDiscardJsonDialog()]);
