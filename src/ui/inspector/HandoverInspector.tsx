import type { EditorState } from '../../editor/createEditorStore';
import { setDestinationKind } from '../../editor/commands/setDestinationKind';
import { updateNodeData } from '../../editor/commands/updateNodeData';
import { classifyDestination } from '../../rules/voice/classifyDestination';
import { DESTINATION_LABELS, type DestinationKind, type NodeOfType } from '../../schema';
import { useEditor } from '../store/useEditor';
import { NumberField } from './fields/NumberField';
import { SelectField } from './fields/SelectField';
import { TextField } from './fields/TextField';
import { fieldId } from './fieldId';
import { MessengerRoutingFields } from './MessengerRoutingFields';
import { ZendeskSwitchboardFields } from './ZendeskSwitchboardFields';
import { StaffSelect } from './StaffSelect';
import { useFieldErrors } from './useFieldErrors';
import { VoiceAttributesTable } from './VoiceAttributesTable';
import { VoiceLineFields } from './VoiceLineFields';
import { WaitingFields } from './WaitingFields';
import { VoiceQueueFields } from './VoiceQueueFields';
import { AgentContextEditor } from './AgentContextEditor';
import { HandBackField } from './HandBackField';

const selectRecording = (s: EditorState) => s.flow.settings.voice.recording;
const KINDS = Object.entries(DESTINATION_LABELS).map(([value, label]) => ({ value, label }));

function DestinationStatus({ to, hasError }: { to: string; hasError: boolean }) {
  if (!to.trim()) return null;
  const info = classifyDestination(to);
  if (info.kind === 'invalid') return hasError ? null : <p className="dest-status is-invalid" role="status">{info.reason}</p>;
  if (info.kind === 'e164') {
    return (
      <p className={`dest-status ${info.possible ? 'is-valid' : 'is-warning'}`} role="status">
        {info.possible ? '✓ ' : ''}Phone number (E.164){info.country ? `, ${info.country}` : ''}
        {info.possible ? '' : ' — not a possible number for its country'} · dialled with &lt;Number&gt;
      </p>
    );
  }
  return (
    <p className="dest-status is-valid" role="status">
      ✓ SIP URI{info.scheme === 'sips' ? ' over TLS' : ''} · {info.user}@{info.host}
      {info.port ? `:${info.port}` : ''} · dialled with &lt;Sip&gt;
    </p>
  );
}

/** The Handover form: destination kind, then the fields that destination needs. */
export function HandoverInspector({ node }: { node: NodeOfType<'handover'> }) {
  const recording = useEditor(selectRecording);
  const errorsFor = useFieldErrors(node.id);
  const d = node.data.destination;
  const p = (key: string) => `/data/destination/${key}`;
  const argsFor = (key: string) => (value: unknown) => ({ id: node.id, data: { destination: { [key]: value } } });
  const queueTimeout =
    'queueTimeoutMinutes' in d ? (
      <NumberField
        id={fieldId(node.id, p('queueTimeoutMinutes'))}
        label="Queue timeout"
        unit="min"
        min={1}
        max={1440}
        value={d.queueTimeoutMinutes}
        command={updateNodeData}
        args={argsFor('queueTimeoutMinutes')}
        help="How long the conversation may wait for an agent before the Queue timeout output is taken."
        errors={errorsFor(p('queueTimeoutMinutes'))}
      />
    ) : null;
  const waitingFields = 'queueTimeoutMinutes' in d ? <WaitingFields node={node} waiting={d.waiting} errorsFor={errorsFor} /> : null;
  return (
    <>
      <SelectField
        id={fieldId(node.id, p('kind'))}
        label="Hand over to"
        value={d.kind}
        options={KINDS}
        command={setDestinationKind}
        args={(kind) => ({ id: node.id, kind: kind as DestinationKind })}
        errors={errorsFor(p('kind'))}
      />
      {d.kind === 'live_chat' && (
        <>
          <StaffSelect
            id={fieldId(node.id, p('assigneeId'))}
            label="Assign to"
            value={d.assigneeId}
            command={updateNodeData}
            args={argsFor('assigneeId')}
            help="With no assignee the conversation waits in Live chat → Unassigned until someone claims it."
            errors={errorsFor(p('assigneeId'))}
          />
          {queueTimeout}
          {waitingFields}
        </>
      )}
      {d.kind === 'zendesk' && (
        <>
          <ZendeskSwitchboardFields nodeId={node.id} d={d} errorsFor={errorsFor}>
            <TextField
              id={fieldId(node.id, p('department_routing'))}
              label="Department ID (department_routing)"
              value={d.department_routing}
              command={updateNodeData}
              args={argsFor('department_routing')}
              mono
              placeholder="e.g. 360001234567"
              help="Copy the department ID from the Zendesk integration settings."
              errors={errorsFor(p('department_routing'))}
            />
          </ZendeskSwitchboardFields>
          {queueTimeout}
          {waitingFields}
        </>
      )}
      {d.kind === 'messenger' && <MessengerRoutingFields nodeId={node.id} d={d} errorsFor={errorsFor} />}
      {d.kind === 'voice' && <VoiceQueueFields node={node} destination={d} errorsFor={errorsFor} />}
      {d.kind === 'voice' && d.queue && <WaitingFields node={node} waiting={d.waiting} errorsFor={errorsFor} />}
      {d.kind === 'voice' && !d.queue && (
        <>
          <TextField
            id={fieldId(node.id, p('to'))}
            label="Destination"
            value={d.to}
            command={updateNodeData}
            args={argsFor('to')}
            mono
            placeholder="+12025551234 or sip:agent@example.com"
            help="An E.164 phone number or a SIP URI. The active call leg is transferred there."
            errors={errorsFor(p('to'))}
          />
          <DestinationStatus to={d.to} hasError={errorsFor(p('to')).length > 0} />
          <NumberField
            id={fieldId(node.id, p('timeoutSeconds'))}
            label="Ring timeout"
            unit="s"
            min={5}
            max={600}
            value={d.timeoutSeconds}
            command={updateNodeData}
            args={argsFor('timeoutSeconds')}
            help="After this the No answer output is taken (Twilio <Dial> timeout, 30 s by default)."
            errors={errorsFor(p('timeoutSeconds'))}
          />
          <VoiceLineFields nodeId={node.id} destination={d} />
          <VoiceAttributesTable nodeId={node.id} attributes={d.attributes} ignored={classifyDestination(d.to).kind === 'e164'} errorsFor={errorsFor} />
          <div className="callout callout-info">
            <p>Add a Pause of 1–2 seconds before a voice handover so the caller hears the last sentence.</p>
            <p>Browser (web) calls cannot be handed over: gate this step on the channel. Both call legs are billed{recording ? ', and call recording continues into the transferred leg' : ''}.</p>
            <p>No automatic retry: connect Busy, No answer and Rejected, or the call drops.</p>
          </div>
        </>
      )}
      {d.kind !== 'voice' && <HandBackField node={node} errorsFor={errorsFor} />}
      <AgentContextEditor node={node} errorsFor={errorsFor} />
    </>
  );
}
