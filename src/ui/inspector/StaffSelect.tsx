import type { EditorState } from '../../editor/createEditorStore';
import type { Command } from '../../editor/commands/types';
import { useEditor } from '../store/useEditor';
import { SelectField } from './fields/SelectField';

const selectStaff = (s: EditorState) => s.flow.settings.staff;

interface Props<A> {
  id: string;
  label: string;
  value: string | null;
  command: Command<A>;
  /** `null` is "Nobody". */
  args(value: string | null): A;
  help?: string;
  errors?: readonly string[];
}

/** Picks a staff member from the flow settings; "Nobody" leaves the conversation unassigned. */
export function StaffSelect<A>({ id, label, value, command, args, help, errors }: Props<A>) {
  const staff = useEditor(selectStaff);
  const options = [{ value: '', label: '— Nobody (Unassigned queue) —' }, ...staff.map((s) => ({ value: s.id, label: s.name }))];
  if (value && !staff.some((s) => s.id === value)) options.push({ value, label: `${value} (not in staff)` });
  return <SelectField id={id} label={label} value={value ?? ''} options={options} command={command} args={(v) => args(v || null)} help={help} errors={errors} />;
}
