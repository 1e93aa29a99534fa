import { useEffect, useRef } from 'react';
import { useReactFlow, type ReactFlowInstance } from '@xyflow/react';
import { deleteSelection } from '../../editor/commands/deleteSelection';
import { duplicateSelection } from '../../editor/commands/duplicateSelection';
import { pasteFragment } from '../../editor/commands/pasteFragment';
import { copySelection } from '../../editor/copySelection';
import { HISTORY_KEYS, matchesKey } from '../../editor/matchesKey';
import { selectAll } from '../../editor/selectAll';
import { serializeFragment } from '../../editor/serializeFragment';
import { useEditorStore } from '../store/useEditorStore';
import { readClipboard, writeClipboard } from './clipboard';
import { isTypingTarget } from './isTypingTarget';
import { TIDY_LAYOUT_KEYS } from './tidyLayout';
import { FIT_GLIDE, useTidyLayout } from './useTidyLayout';
import { viewActionFor, type ViewAction } from './viewKeys';

const IS_MAC = typeof navigator !== 'undefined' && /Mac|iP(hone|ad)/.test(navigator.platform);
export const SEARCH_KEYS = ['Mod+F'] as const;
const PASTE_STEP = 30;

/**
 * Moves the view as a view key asks; the selection (for Shift+2) comes from the editor. Zoom steps
 * are instant, like the zoom buttons, so a held key zooms steadily; fits glide like Tidy layout's.
 */
function runViewAction(rf: ReactFlowInstance, action: ViewAction, selectedIds: readonly string[]): void {
  if (action === 'zoomIn') void rf.zoomIn();
  else if (action === 'zoomOut') void rf.zoomOut();
  else if (action === 'actualSize') void rf.zoomTo(1);
  else if (action === 'fitSelection' && selectedIds.length) void rf.fitView({ ...FIT_GLIDE, nodes: selectedIds.map((id) => ({ id })) });
  else if (action === 'fitAll') void rf.fitView(FIT_GLIDE);
}

/**
 * The editor's keyboard bindings, on the window, ignored while typing in a field. The bindings
 * themselves live beside their commands (`command.keys`) and in HISTORY_KEYS.
 */
export function useEditorShortcuts(onSearch: () => void) {
  const store = useEditorStore();
  const tidy = useTidyLayout();
  const rf = useReactFlow();
  const pastes = useRef({ text: '', count: 0 });
  const search = useRef(onSearch);
  search.current = onSearch;

  useEffect(() => {
    async function paste() {
      // The fragment reader (schema checks on pasted nodes) loads with the first paste.
      const [texts, { parseFragment }] = await Promise.all([readClipboard(), import('../../editor/parseFragment')]);
      for (const text of texts) {
        const parsed = parseFragment(text);
        if (!parsed.ok) continue;
        const p = pastes.current;
        p.count = p.text === text ? p.count + 1 : 1;
        p.text = text;
        store.run(pasteFragment, { fragment: parsed.fragment, offset: { x: PASTE_STEP * p.count, y: PASTE_STEP * p.count } });
        return;
      }
    }
    function copy(cut: boolean) {
      const { flow, selection } = store.getState();
      if (!selection.nodeIds.length) return;
      const text = serializeFragment(copySelection(flow, selection));
      pastes.current = { text, count: 0 };
      void writeClipboard(text);
      if (cut) store.run(deleteSelection, selection);
    }
    function onKeyDown(e: KeyboardEvent) {
      if (e.defaultPrevented || isTypingTarget(e.target)) return;
      const is = (keys: readonly string[]) => matchesKey(e, keys, IS_MAC);
      const { flow, selection } = store.getState();
      const view = viewActionFor(e);
      if (is(HISTORY_KEYS.undo)) store.undo();
      else if (is(HISTORY_KEYS.redo)) store.redo();
      else if (is(HISTORY_KEYS.copy)) copy(false);
      else if (is(HISTORY_KEYS.cut)) copy(true);
      else if (is(pasteFragment.keys!)) void paste();
      else if (is(duplicateSelection.keys!)) store.run(duplicateSelection, selection);
      else if (is(selectAll.keys)) store.setSelection(selectAll.select(flow));
      else if (is(deleteSelection.keys!)) store.run(deleteSelection, selection);
      else if (is(TIDY_LAYOUT_KEYS)) void tidy();
      else if (is(SEARCH_KEYS)) search.current();
      else if (view) runViewAction(rf, view, selection.nodeIds);
      else if (e.key === 'Escape' && (selection.nodeIds.length || selection.edgeIds.length)) store.setSelection({ nodeIds: [], edgeIds: [] });
      else return;
      e.preventDefault();
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [store, tidy, rf]);
}
