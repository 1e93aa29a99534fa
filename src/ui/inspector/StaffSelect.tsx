import type { EditorState } from '../../editor/createEditorStore';
import { useEditor } from '../store/useEditor';
import { SelectField } from './fields/SelectField';

const selectStaff = (s: EditorState) => s.flow.settings.staff;

interface Props {
  id: string;
  label: string;
  value: string | null;
  onChange(value: string | null): void;
  help?: string;
  errors?: readonly string[];
}

/** Picks a staff member from the flow settings; "Nobody" leaves the conversation unassigned. */
export function StaffSelect({ id, label, value, onChange, help, errors }: Props) {
  const staff = useEditor(selectStaff);
  const options = [{ value: '', label: '— Nobody (Unassigned queue) —' }, ...staff.map((s) => ({ value: s.id, label: s.name }))];
  if (value && !staff.some((s) => s.id === value)) options.push({ value, label: `${value} (not in staff)` });
  return <SelectField id={id} label={label} value={value ?? ''} options={options} onChange={(v) => onChange(v || null)} help={help} errors={errors} />;
}
