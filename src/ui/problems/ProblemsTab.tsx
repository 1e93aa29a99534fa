import { useRef } from 'react';
import type { EditorState } from '../../editor/createEditorStore';
import type { Diagnostic, Severity } from '../../rules/diagnostic';
import { titleNode } from '../../schema';
import { indexFlow } from '../store/indexFlow';
import { useEditor } from '../store/useEditor';
import { selectDiagnostics, selectFlow } from '../store/selectors';
import { FixButtons } from './FixButtons';
import { useRevealDiagnostic } from './useRevealDiagnostic';
import './problems.css';

const GROUPS: { severity: Severity; label: string }[] = [
  { severity: 'error', label: 'Errors' },
  { severity: 'warning', label: 'Warnings' },
  { severity: 'info', label: 'Info' },
];

const selectProblemCount = (s: EditorState) => s.diagnostics.filter((d) => d.severity !== 'info').length;

/** The count beside the Problems tab label. */
export function ProblemsBadge() {
  const count = useEditor(selectProblemCount);
  return count ? <span className="tab-badge">{count}</span> : null;
}

/**
 * Diagnostics grouped by severity; each is a button that takes you to the node and field, with
 * the quick fixes it offers beside it.
 */
export function ProblemsTab() {
  const diagnostics = useEditor(selectDiagnostics);
  const flow = useEditor(selectFlow);
  const reveal = useRevealDiagnostic();
  const listRef = useRef<HTMLDivElement>(null);
  // A fix removes its own row: keep the keyboard in the list, on the row that took its place.
  const refocus = (index: number) => () =>
    setTimeout(() => {
      const rows = listRef.current?.querySelectorAll<HTMLButtonElement>('.problem');
      const empty = document.querySelector<HTMLElement>('.problems-empty');
      (rows?.[Math.min(index, rows.length - 1)] ?? listRef.current ?? empty)?.focus();
    }, 0);
  if (!diagnostics.length) {
    return (
      <p className="panel-empty problems-empty" tabIndex={-1}>
        No problems. The flow passes every rule.
      </p>
    );
  }
  const nodes = indexFlow(flow).nodeById;
  // Rows in screen order (errors, then warnings, then info), to find the one after a fixed row.
  const rowOrder = GROUPS.flatMap(({ severity }) => diagnostics.filter((d) => d.severity === severity));
  const where = (d: Diagnostic) => {
    const node = d.nodeId ? nodes.get(d.nodeId) : undefined;
    return node ? titleNode(node, flow) : d.path || 'Flow';
  };
  return (
    <div className="problems" ref={listRef} tabIndex={-1}>
      {GROUPS.map(({ severity, label }) => {
        const items = diagnostics.filter((d) => d.severity === severity);
        if (!items.length) return null;
        return (
          <section key={severity} aria-labelledby={`problems-${severity}`}>
            <h3 id={`problems-${severity}`} className="panel-heading problems-heading">
              {label} <span className="problems-count">{items.length}</span>
            </h3>
            <ul className="problems-list">
              {items.map((d, i) => (
                <li key={`${d.code}-${d.nodeId ?? ''}-${d.path ?? ''}-${i}`} className="problem-row">
                  <button type="button" className={`problem problem-${severity}`} onClick={() => reveal(d)}>
                    <span className="problem-icon" aria-hidden="true" />
                    <span className="problem-message">{d.message}</span>
                    <bdi className="problem-where">{where(d)}</bdi>
                    <code className="problem-code">{d.code}</code>
                  </button>
                  <FixButtons diagnostic={d} onApplied={refocus(rowOrder.indexOf(d))} />
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
