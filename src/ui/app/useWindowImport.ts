import { useEffect, useRef } from 'react';
import { matchesKey } from '../../editor/matchesKey';
import { isTypingTarget } from '../canvas/isTypingTarget';
import type { FlowImport } from './useFlowImport';
import { looksLikeFlowDocument } from './looksLikeFlowDocument';

const IS_MAC = typeof navigator !== 'undefined' && /Mac|iP(hone|ad)/.test(navigator.platform);

const hasFiles = (event: DragEvent) => [...(event.dataTransfer?.types ?? [])].includes('Files');

/**
 * Imports from outside the dialogs: a .json file dropped anywhere on the window, and Ctrl/⌘+V of a
 * whole flow document while no field has focus. The canvas's own paste handles copied nodes;
 * both read the clipboard and each ignores what is not for it.
 */
export function useWindowImport(flowImport: Pick<FlowImport, 'importFile' | 'importText'>, enabled = true): void {
  const current = useRef(flowImport);
  current.current = flowImport;

  useEffect(() => {
    if (!enabled) return;
    function onDragOver(event: DragEvent) {
      if (!hasFiles(event)) return;
      event.preventDefault(); // allows the drop; otherwise the browser opens the file
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    }
    function onDrop(event: DragEvent) {
      if (!hasFiles(event)) return;
      event.preventDefault();
      const file = event.dataTransfer?.files[0];
      if (file) void current.current.importFile(file, `Dropped file ${file.name}`);
    }
    function onKeyDown(event: KeyboardEvent) {
      if (isTypingTarget(event.target) || !matchesKey(event, ['Mod+V'], IS_MAC)) return;
      if (document.querySelector('[role="dialog"][aria-modal="true"]')) return;
      navigator.clipboard?.readText().then(
        (text) => {
          if (looksLikeFlowDocument(text)) void current.current.importText(text, 'Pasted flow');
        },
        () => {}, // no clipboard permission: the Import dialog's text box still works
      );
    }
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('drop', onDrop);
    window.addEventListener('keydown', onKeyDown, true);
    return () => {
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('drop', onDrop);
      window.removeEventListener('keydown', onKeyDown, true);
    };
  }, [enabled]);
}
