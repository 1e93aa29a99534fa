import { renameFlow } from '../../editor/commands/renameFlow';
import { updateSettings } from '../../editor/commands/updateSettings';
import { CHANNELS, CHANNEL_LABELS } from '../../schema';
import { useEditor } from '../store/useEditor';
import { useEditorStore } from '../store/useEditorStore';
import { selectFlow } from '../store/selectors';
import { CalendarsEditor } from './CalendarsEditor';
import { CheckboxField } from './fields/CheckboxField';
import { TextField } from './fields/TextField';
import { fieldId } from './fieldId';

const f = (pointer: string) => fieldId('flow', pointer);

/** With nothing selected: the flow's name, channels, call recording, and staff with notifications. */
export function FlowSettingsInspector() {
  const store = useEditorStore();
  const flow = useEditor(selectFlow);
  const { settings } = flow;
  const toggleChannel = (channel: (typeof CHANNELS)[number], on: boolean) =>
    store.run(updateSettings, { op: 'setChannels', channels: on ? [...settings.channels, channel] : settings.channels.filter((c) => c !== channel) });
  return (
    <div className="inspector-flow">
      <div className="inspector-kind">
        <div>
          <h2 className="inspector-title">Flow settings</h2>
          <p className="inspector-desc">Select a node on the canvas to edit it.</p>
        </div>
      </div>
      <div className="inspector-section">
        <TextField id={f('/name')} label="Name" value={flow.name} command={renameFlow} args={(name) => ({ name })} />
        <TextField id={f('/description')} label="Description" value={flow.description} multiline command={renameFlow} args={(description) => ({ name: flow.name, description })} />
      </div>
      <div className="inspector-section" role="group" aria-labelledby="settings-channels" id={f('/settings/channels')} tabIndex={-1}>
        <h3 className="section-title" id="settings-channels">
          Channels
        </h3>
        <p className="field-help">The channels this bot is deployed on; the validator checks each handover against them.</p>
        <div className="checkbox-grid">
          {CHANNELS.map((c) => (
            <CheckboxField key={c} id={f(`/settings/channels/${c}`)} label={CHANNEL_LABELS[c]} checked={settings.channels.includes(c)} onChange={(on) => toggleChannel(c, on)} />
          ))}
        </div>
      </div>
      <div className="inspector-section">
        <h3 className="section-title">Voice</h3>
        <CheckboxField
          id={f('/settings/voice/recording')}
          label="Call recording"
          checked={settings.voice.recording}
          onChange={(recording) => store.run(updateSettings, { op: 'setRecording', recording })}
          help="Recording is not stopped before a transfer: it continues into the transferred leg."
        />
      </div>
      <div className="inspector-section" id={f('/settings/staff')} tabIndex={-1}>
        <h3 className="section-title">Staff</h3>
        <p className="field-help">Staff are notified of an assigned conversation or task only where their notification settings allow.</p>
        {settings.staff.map((member, i) => (
          <div key={member.id} className="staff-card">
            <div className="staff-row">
              <TextField
                id={f(`/settings/staff/${i}/name`)}
                label="Name"
                value={member.name}
                command={updateSettings}
                args={(name) => ({ op: 'updateStaff' as const, id: member.id, name })}
                check={(v) => (v.trim() ? null : 'A staff member needs a name')}
              />
              <button type="button" className="btn btn-ghost btn-sm" aria-label={`Remove ${member.name}`} onClick={() => store.run(updateSettings, { op: 'removeStaff', id: member.id })}>
                Remove
              </button>
            </div>
            <CheckboxField
              id={f(`/settings/staff/${i}/notifications/conversationAssigned`)}
              label="When a conversation gets assigned to me"
              checked={member.notifications.conversationAssigned}
              onChange={(v) => store.run(updateSettings, { op: 'updateStaff', id: member.id, notifications: { conversationAssigned: v } })}
            />
            <CheckboxField
              id={f(`/settings/staff/${i}/notifications/taskAssigned`)}
              label="When a task gets assigned to me"
              checked={member.notifications.taskAssigned}
              onChange={(v) => store.run(updateSettings, { op: 'updateStaff', id: member.id, notifications: { taskAssigned: v } })}
            />
            <p className="inspector-id">
              id <code>{member.id}</code>
            </p>
          </div>
        ))}
        <button type="button" className="btn btn-sm" onClick={() => store.run(updateSettings, { op: 'addStaff', name: `Teammate ${settings.staff.length + 1}` })}>
          + Add staff member
        </button>
      </div>
      <CalendarsEditor calendars={settings.calendars} />
    </div>
  );
}
