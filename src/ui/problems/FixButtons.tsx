import { useMemo } from 'react';
import type { Diagnostic } from '../../rules/diagnostic';
import { selectFlow } from '../store/selectors';
import { useEditor } from '../store/useEditor';
import { useEditorStore } from '../store/useEditorStore';
import { useQuickFixes } from './useQuickFixes';
import './fixButtons.css';

interface Props {
  diagnostic: Diagnostic;
  /** Called after a fix ran (the row it sat in is usually gone), to put focus somewhere useful. */
  onApplied?(): void;
}

/**
 * The quick fixes of one diagnostic as buttons, each one undo step (applyFix). The accessible
 * name starts with "Fix:" so a list of them reads as repairs, not as more problems. The fixes'
 * code loads on first use (useQuickFixes): until then the row shows its problem alone.
 */
export function FixButtons({ diagnostic, onApplied }: Props) {
  const store = useEditorStore();
  const flow = useEditor(selectFlow);
  const code = useQuickFixes();
  const fixes = useMemo(() => code?.fixesFor(diagnostic, flow) ?? [], [code, diagnostic, flow]);
  if (!code || fixes.length === 0) return null;
  return (
    <span className="fix-buttons">
      {fixes.map((fix) => (
        <button
          key={fix.id}
          type="button"
          className="btn btn-sm fix-button"
          aria-label={`Fix: ${fix.label}`}
          onClick={() => {
            if (store.run(code.applyFix, { diagnostic, fixId: fix.id })) onApplied?.();
          }}
        >
          <span className="fix-button-icon" aria-hidden="true">
            ✓
          </span>
          {fix.label}
        </button>
      ))}
    </span>
  );
}
