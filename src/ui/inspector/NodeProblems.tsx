import { useContext, useId, useState } from 'react';
import type { Diagnostic } from '../../rules/diagnostic';
import { plural } from '../../schema';
import { FixButtons } from '../problems/FixButtons';
import { useRevealDiagnostic } from '../problems/useRevealDiagnostic';
import { StoreContext } from '../store/StoreContext';

/** `Handover "Transfer to SIP desk": header …` → `header …`: the inspector already names the node. */
const withoutNodeName = (message: string) => message.replace(/^[^"]{0,40}"[^"]*": /, '');

function countOf(diagnostics: readonly Diagnostic[]): string {
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const rest = diagnostics.length - errors;
  return [errors ? plural(errors, 'error') : '', rest ? plural(rest, diagnostics.some((d) => d.severity === 'warning') ? 'warning' : 'note') : ''].filter(Boolean).join(', ');
}

/**
 * A node's problems at the top of its inspector: one compact list (each message on two lines at
 * most, the node's name left out) that folds to a single line, so the form stays above the fold.
 * Each message also stands under its field; a click here goes to that field. A problem of the
 * node as a whole (its path does not reach into its data) offers its quick fixes here.
 */
export function NodeProblems({ diagnostics }: { diagnostics: readonly Diagnostic[] }) {
  const reveal = useRevealDiagnostic();
  const inEditor = useContext(StoreContext) !== null;
  const [open, setOpen] = useState(true);
  const listId = useId();
  if (diagnostics.length === 0) return null;
  const worst = diagnostics.some((d) => d.severity === 'error') ? 'error' : diagnostics.some((d) => d.severity === 'warning') ? 'warning' : 'info';
  return (
    <section className={`node-problems node-problems-${worst}`}>
      <button type="button" className="node-problems-toggle" aria-expanded={open} aria-controls={listId} onClick={() => setOpen(!open)}>
        <span className="problem-icon" aria-hidden="true" />
        <span className="node-problems-count">{countOf(diagnostics)}</span>
        <span className="node-problems-chevron" aria-hidden="true">
          {open ? '▴' : '▾'}
        </span>
      </button>
      {open && (
        <ul className="node-problems-list" id={listId} aria-label="Problems on this node">
          {diagnostics.map((d, i) => (
            <li key={i}>
              <button type="button" className={`node-problem problem-${d.severity}`} title={d.message} onClick={() => reveal(d)}>
                <span className="problem-icon" aria-hidden="true" />
                <span className="node-problem-message">{withoutNodeName(d.message)}</span>
              </button>
              {/* Problems of the whole node (no field shows them) get their quick fixes here too. */}
              {inEditor && !d.path?.includes('/data/') && <FixButtons diagnostic={d} />}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
