import { updateNodeData } from '../../editor/commands/updateNodeData';
import type { EditorState } from '../../editor/createEditorStore';
import type { NodeOfType } from '../../schema';
import { useEditor } from '../store/useEditor';
import { SelectField } from './fields/SelectField';
import { fieldId } from './fieldId';
import { useFieldErrors } from './useFieldErrors';

const selectCalendars = (s: EditorState) => s.flow.settings.calendars;

/** Hours: which calendar it reads. The calendars themselves are edited in Flow settings. */
export function HoursInspector({ node }: { node: NodeOfType<'hours_check'> }) {
  const calendars = useEditor(selectCalendars);
  const errorsFor = useFieldErrors(node.id);
  const value = node.data.calendarId;
  const options = [{ value: '', label: '— Choose a calendar —' }, ...calendars.map((c) => ({ value: c.id, label: `${c.name} (${c.timeZone})` }))];
  if (value && !calendars.some((c) => c.id === value)) options.push({ value, label: `${value} (not defined)` });
  return (
    <SelectField
      id={fieldId(node.id, '/data/calendarId')}
      label="Calendar"
      value={value}
      options={options}
      command={updateNodeData}
      args={(calendarId) => ({ id: node.id, data: { calendarId } })}
      errors={errorsFor('/data/calendarId')}
      help="Add or edit calendars in Flow settings (click the empty canvas). The Simulator's start date and time zone decide which port is taken; without a start date the scene's business-hours switch does."
    />
  );
}
