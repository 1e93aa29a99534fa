import { updateNodeData } from '../../editor/commands/updateNodeData';
import { MESSENGER_WEBHOOK_FIELDS, type MessengerDestination, type MessengerWebhookField } from '../../schema';
import { useEditorStore } from '../store/useEditorStore';
import { CheckboxField } from './fields/CheckboxField';
import { SelectField } from './fields/SelectField';
import { TextField } from './fields/TextField';
import { fieldId } from './fieldId';
import './providerFields.css';

const PROTOCOLS = [
  { value: 'conversation_routing', label: 'Conversation Routing (Send API thread control)' },
  { value: 'handover_protocol', label: 'Handover Protocol (pass_thread_control)' },
];
const TARGETS = [
  { value: 'page_inbox', label: 'Page Inbox' },
  { value: 'default_app', label: "The Page's default app" },
  { value: 'app', label: 'Another app (by app id)' },
];
const WEBHOOK_HELP: Record<MessengerWebhookField, string> = {
  messages: 'What the person writes while the bot owns the thread.',
  messaging_postbacks: 'Button taps.',
  messaging_handovers: 'Tells the bot the thread came back (the Resolved port).',
  standby: 'What the person writes while the inbox owns the thread.',
};

/**
 * The Messenger handover's protocol, target, pass message and the app's webhook fields (Meta:
 * Conversation Routing replaced the Handover Protocol, which it still accepts).
 */
export function MessengerRoutingFields({ nodeId, d, errorsFor }: { nodeId: string; d: MessengerDestination; errorsFor(pointer: string): readonly string[] }) {
  const store = useEditorStore();
  const p = (key: string) => `/data/destination/${key}`;
  const argsFor = (key: string) => (value: unknown) => ({ id: nodeId, data: { destination: { [key]: value } } });
  const routing = d.protocol === 'conversation_routing';
  const webhooks = d.webhooks ?? [];
  const toggle = (field: MessengerWebhookField, on: boolean) =>
    store.run(updateNodeData, argsFor('webhooks')(MESSENGER_WEBHOOK_FIELDS.filter((f) => (f === field ? on : webhooks.includes(f)))));
  return (
    <>
      <SelectField
        id={fieldId(nodeId, p('protocol'))}
        label="Protocol"
        value={d.protocol}
        options={PROTOCOLS}
        command={updateNodeData}
        args={argsFor('protocol')}
        help="Meta has moved every Page to Conversation Routing, which passes the thread on a Send API message. The Handover Protocol's pass_thread_control is still accepted."
        errors={errorsFor(p('protocol'))}
      />
      <SelectField
        id={fieldId(nodeId, p('target'))}
        label="Pass the thread to"
        value={d.target}
        options={TARGETS}
        command={updateNodeData}
        args={argsFor('target')}
        help="The Page Inbox is app 263902037430900. The default app exists only with Conversation Routing."
        errors={errorsFor(p('target'))}
      />
      {d.target === 'app' && (
        <TextField
          id={fieldId(nodeId, p('targetAppId'))}
          label="App id"
          value={d.targetAppId}
          command={updateNodeData}
          args={argsFor('targetAppId')}
          mono
          placeholder="e.g. 1234567890123"
          help="The receiving app's id, from its Meta app dashboard."
          errors={errorsFor(p('targetAppId'))}
        />
      )}
      {routing && (
        <TextField
          id={fieldId(nodeId, p('passMessage'))}
          label="Pass message"
          value={d.passMessage}
          command={updateNodeData}
          args={argsFor('passMessage')}
          multiline
          help="Sent to the person with the thread control (Conversation Routing passes the thread on a Send API message). {{variables}} are filled in."
          errors={errorsFor(p('passMessage'))}
        />
      )}
      <TextField
        id={fieldId(nodeId, p('metadata'))}
        label="Metadata"
        value={d.metadata}
        command={updateNodeData}
        args={argsFor('metadata')}
        multiline
        help={routing ? 'Only the Handover Protocol sends metadata; with Conversation Routing put the context in the pass message.' : 'Passed with the thread to the receiving app (at most 1,000 characters). The bot stays silent until the thread comes back.'}
        errors={errorsFor(p('metadata'))}
      />
      <fieldset className="field-group" id={fieldId(nodeId, p('webhooks'))} tabIndex={-1}>
        <legend className="field-label">Webhook fields the app subscribes</legend>
        {d.webhooks === null && <p className="field-help">Not stated yet: tick what your Meta app subscribes so the validator can check the handover's traps.</p>}
        {MESSENGER_WEBHOOK_FIELDS.map((field) => (
          <CheckboxField
            key={field}
            id={fieldId(nodeId, `${p('webhooks')}/${field}`)}
            label={field}
            checked={webhooks.includes(field)}
            onChange={(on) => toggle(field, on)}
            help={WEBHOOK_HELP[field]}
          />
        ))}
        {errorsFor(p('webhooks')).map((m) => (
          <p key={m} className="field-error">
            {m}
          </p>
        ))}
      </fieldset>
    </>
  );
}
