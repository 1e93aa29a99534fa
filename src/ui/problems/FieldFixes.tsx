import { useContext } from 'react';
import { fieldId as idOfField, scopeOfPointer } from '../inspector/fieldId';
import { selectDiagnostics, selectFlow } from '../store/selectors';
import { StoreContext } from '../store/StoreContext';
import { useEditor } from '../store/useEditor';
import { FixButtons } from './FixButtons';

interface Props {
  /** The DOM id of the field's control: focus goes back to it once a fix ran. */
  fieldId: string;
  messages: readonly string[];
}

/**
 * The quick fixes of the diagnostics shown under an inspector field, found by their message
 * (what the field shows). Renders nothing outside an editor store, so a field stays usable alone.
 */
export function FieldFixes(props: Props) {
  const store = useContext(StoreContext);
  if (!store || props.messages.length === 0) return null;
  return <Fixes {...props} />;
}

function Fixes({ fieldId, messages }: Props) {
  const diagnostics = useEditor(selectDiagnostics);
  const flow = useEditor(selectFlow);
  // The same words can stand under two nodes' fields (two untitled twins): keep the ones whose
  // path lies in this field's scope (its node, or the flow settings).
  const inScope = (path: string | undefined) => {
    const where = path ? scopeOfPointer(path, flow.nodes.map((n) => n.id)) : null;
    const base = idOfField(where?.scope ?? '', '');
    return !where || fieldId === base || fieldId.startsWith(`${base}-`);
  };
  const shown = diagnostics.filter((d) => messages.includes(d.message) && inScope(d.path));
  // The fixed field keeps its place in the form, so a keyboard user goes on from there.
  const refocus = () => setTimeout(() => document.getElementById(fieldId)?.focus(), 0);
  return (
    <>
      {shown.map((d, i) => (
        <FixButtons key={`${d.code}-${i}`} diagnostic={d} onApplied={refocus} />
      ))}
    </>
  );
}
