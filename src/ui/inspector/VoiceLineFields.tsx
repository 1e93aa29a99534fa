import type { EditorState } from '../../editor/createEditorStore';
import { updateNodeData } from '../../editor/commands/updateNodeData';
import type { VoiceDestination } from '../../schema';
import { useEditor } from '../store/useEditor';
import { SelectField } from './fields/SelectField';
import { fieldId } from './fieldId';
import { useFieldErrors } from './useFieldErrors';

const selectCalendars = (s: EditorState) => s.flow.settings.calendars;

const LINES = [
  { value: 'direct', label: 'A person or desk' },
  { value: 'zendesk_talk', label: 'A Zendesk Talk line' },
];

/**
 * When nobody answers a voice transfer: what is behind the number (a Zendesk Talk line drops the
 * call when no agent is available, unless No agents leads to a fallback) and the line's hours.
 */
export function VoiceLineFields({ nodeId, destination }: { nodeId: string; destination: VoiceDestination }) {
  const calendars = useEditor(selectCalendars);
  const errorsFor = useFieldErrors(nodeId);
  const p = (key: string) => `/data/destination/${key}`;
  const argsFor = (key: string) => (value: string) => ({ id: nodeId, data: { destination: { [key]: value } } });
  const calendarId = destination.hoursCalendarId ?? '';
  const options = [{ value: '', label: "The scene's business-hours switch" }, ...calendars.map((c) => ({ value: c.id, label: `${c.name} (${c.timeZone})` }))];
  if (calendarId && !calendars.some((c) => c.id === calendarId)) options.push({ value: calendarId, label: `${calendarId} (not defined)` });
  return (
    <>
      <SelectField
        id={fieldId(nodeId, p('line'))}
        label="Who answers"
        value={destination.line ?? 'direct'}
        options={LINES}
        command={updateNodeData}
        args={argsFor('line')}
        help="A Zendesk Talk line reaches an agent only when one is available within its hours; otherwise Zendesk drops the call. Choosing it adds a No agents output: connect a Voicemail, Create ticket or Offer callback. A person or desk with nobody there rings until the ring timeout (No answer)."
        errors={errorsFor(p('line'))}
      />
      <SelectField
        id={fieldId(nodeId, p('hoursCalendarId'))}
        label="Line hours"
        value={calendarId}
        options={options}
        command={updateNodeData}
        args={argsFor('hoursCalendarId')}
        help="Outside these hours nobody answers. The Simulator reads the calendar at its start date and time zone; without one, the scene's business-hours switch decides."
        errors={errorsFor(p('hoursCalendarId'))}
      />
    </>
  );
}
