import { updateNodeData } from '../../editor/commands/updateNodeData';
import { contextEntries, measureAgentContext, sampleValues } from '../../rules/context/measureAgentContext';
import { DEFAULT_AGENT_CONTEXT, type AgentContext, type Flow, type NodeOfType } from '../../schema';
import { selectFlow } from '../store/selectors';
import { useEditor } from '../store/useEditor';
import { useEditorStore } from '../store/useEditorStore';
import { BudgetMeter } from './BudgetMeter';
import { CheckboxField } from './fields/CheckboxField';
import { NumberField } from './fields/NumberField';
import { TextField } from './fields/TextField';
import { fieldId } from './fieldId';

interface Props {
  node: NodeOfType<'handover'>;
  errorsFor(pointer: string): readonly string[];
}

const P = '/data/context';

const WHERE: Record<string, string> = {
  sip_headers: 'Sent as X-Baton-* SIP headers with the attributes; Twilio allows 1,024 URL-encoded characters for all of them.',
  messenger_metadata: 'Sent as JSON in the thread-control metadata; Meta allows 1,000 characters.',
  zendesk_metadata: 'Added to the switchboard passControl metadata; Zendesk allows 4 KB.',
  live_chat: 'Shown to the agent with the conversation in Live chat.',
  none: 'This destination has no place for it: a phone number takes no SIP headers, and Zendesk Chat department routing takes no metadata.',
};

function tagsOf(flow: Flow): string[] {
  return [...new Set(flow.nodes.flatMap((n) => (n.type === 'add_tag' && n.data.tag ? [n.data.tag] : [])))];
}

/**
 * One editor, per handover, for what the person receives: the summary the bot writes (a sample
 * text to rehearse it), how many messages of the transcript, chosen variables, the contact's tags
 * and a private note — measured live against the provider's limit with the same meter as the SIP
 * headers. On voice, a warm transfer lets the agent hear the summary first and decline.
 */
export function AgentContextEditor({ node, errorsFor }: Props) {
  const store = useEditorStore();
  const flow = useEditor(selectFlow);
  const context = node.data.context;
  const id = (key: string) => fieldId(node.id, key ? `${P}/${key}` : P);
  const argsFor = (key: keyof AgentContext) => (value: unknown) => ({ id: node.id, data: { context: { [key]: value } } });
  const destination = node.data.destination;
  function toggle(on: boolean) {
    if (on) return store.run(updateNodeData, { id: node.id, data: { context: DEFAULT_AGENT_CONTEXT } });
    const { context: _off, ...rest } = node.data;
    void _off;
    store.run(updateNodeData, { id: node.id, data: rest, replace: true });
  }
  const measure = context ? measureAgentContext(destination, contextEntries(context, sampleValues(context, tagsOf(flow)))) : null;
  return (
    <div role="group" aria-labelledby={`${id('')}-heading`} className="agent-context">
      <h3 className="section-title" id={`${id('')}-heading`}>
        What the agent receives
      </h3>
      <CheckboxField
        id={id('')}
        label="Pass context to the agent"
        checked={context !== undefined}
        onChange={toggle}
        help="A summary, the last messages, variables, tags and a private note go with the handover."
        errors={errorsFor(P)}
      />
      {context && measure && (
        <>
          {measure.limit !== null ? (
            <div className="agent-context-budget">
              <span className="field-label">{measure.label}</span>
              <BudgetMeter label={`${measure.label} budget`} size={measure.size} limit={measure.limit} unit={measure.unit} />
            </div>
          ) : null}
          <p className="field-help">{WHERE[measure.carrier]}</p>
          <TextField
            id={id('summaryVariable')}
            label="Summary variable"
            value={context.summaryVariable}
            command={updateNodeData}
            args={argsFor('summaryVariable')}
            mono
            help="The variable the bot fills with its summary of the conversation. Empty: no summary."
            errors={errorsFor(`${P}/summaryVariable`)}
          />
          <TextField
            id={id('sampleSummary')}
            label="Sample summary (Simulator)"
            value={context.sampleSummary}
            command={updateNodeData}
            args={argsFor('sampleSummary')}
            multiline
            placeholder="e.g. Wants a refund for order 42; asked twice."
            help="Used in the Simulator and in the size check while the variable is not set."
            errors={errorsFor(`${P}/sampleSummary`)}
          />
          <NumberField
            id={id('transcriptMessages')}
            label="Transcript"
            unit="messages"
            min={0}
            max={100}
            value={context.transcriptMessages}
            command={updateNodeData}
            args={argsFor('transcriptMessages')}
            help="How many of the last messages go with it (0: none)."
            errors={errorsFor(`${P}/transcriptMessages`)}
          />
          <TextField
            id={id('variables')}
            label="Variables"
            value={context.variables.join(', ')}
            command={updateNodeData}
            args={(text) => argsFor('variables')(text.split(',').map((v) => v.trim()).filter((v, i, all) => v !== '' || i === all.length - 1))}
            mono
            placeholder="customer_id, order_id"
            help="Comma-separated names; each goes with its value."
            errors={errorsFor(`${P}/variables`)}
          />
          <CheckboxField id={id('includeTags')} label="Include the contact's tags" checked={context.includeTags} onChange={(on) => store.run(updateNodeData, argsFor('includeTags')(on))} />
          <TextField
            id={id('note')}
            label="Private note"
            value={context.note}
            command={updateNodeData}
            args={argsFor('note')}
            multiline
            help="For the agent only, never shown to the user. Supports {{variable}} placeholders. No health information (PHI)."
            errors={errorsFor(`${P}/note`)}
          />
          {destination.kind === 'voice' && (
            <CheckboxField
              id={id('warmTransfer')}
              label="Warm transfer"
              checked={context.warmTransfer}
              onChange={(on) => store.run(updateNodeData, argsFor('warmTransfer')(on))}
              help="The agent hears the summary and note before the caller is connected (<Number url> / <Sip url> whisper) and presses 1 to take the call; declining takes the Rejected output."
              errors={errorsFor(`${P}/warmTransfer`)}
            />
          )}
        </>
      )}
    </div>
  );
}
