import { useContext } from 'react';
import { selectDiagnostics } from '../store/selectors';
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
  const shown = diagnostics.filter((d) => messages.includes(d.message));
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
