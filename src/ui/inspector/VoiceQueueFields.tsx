import { updateNodeData } from '../../editor/commands/updateNodeData';
import { DEFAULT_WAITING, voiceQueueSchema, type NodeOfType, type VoiceDestination, type VoiceQueue } from '../../schema';
import { useEditorStore } from '../store/useEditorStore';
import { CheckboxField } from './fields/CheckboxField';
import { NumberField } from './fields/NumberField';
import { SelectField } from './fields/SelectField';
import { TextField } from './fields/TextField';
import { fieldId } from './fieldId';

interface Props {
  node: NodeOfType<'handover'>;
  destination: VoiceDestination;
  errorsFor(pointer: string): readonly string[];
}

const P = '/data/destination/queue';
const DIGITS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '0'].map((d) => ({ value: d, label: d }));
/** A new queue: named, with waiting messages whose callback offer says the key (a caller cannot reply in writing). */
const NEW_QUEUE: VoiceQueue = voiceQueueSchema.parse({ name: 'support' });
const VOICE_OFFER = 'Sorry for the wait. To leave the queue and be called back, press 1 or say call me back.';
const VOICE_MESSAGE = 'You are caller {{queue_position}} in line. The estimated wait is {{estimated_wait}}.';

/**
 * A voice handover that waits in a Twilio queue (<Enqueue>) instead of dialling: the queue's name,
 * the longest wait, the key that takes the callback offer and the hold music. What the caller
 * hears while waiting is the handover's waiting messages (WaitingFields), said by the wait URL.
 */
export function VoiceQueueFields({ node, destination, errorsFor }: Props) {
  const store = useEditorStore();
  const queue = destination.queue;
  const id = (key: string) => fieldId(node.id, key ? `${P}/${key}` : P);
  const argsFor = (key: keyof VoiceQueue) => (value: unknown) => ({ id: node.id, data: { destination: { queue: { [key]: value } } } });
  function toggle(on: boolean) {
    if (on) {
      const waiting = destination.waiting ?? { ...DEFAULT_WAITING, message: VOICE_MESSAGE, callbackOffer: VOICE_OFFER };
      return store.run(updateNodeData, { id: node.id, data: { destination: { queue: NEW_QUEUE, waiting } } });
    }
    const { queue: _queue, waiting: _waiting, ...rest } = destination;
    void _queue;
    void _waiting;
    store.run(updateNodeData, { id: node.id, data: { ...node.data, destination: rest }, replace: true });
  }
  return (
    <div role="group" aria-labelledby={`${id('')}-heading`} className="voice-queue-fields">
      <h3 className="section-title" id={`${id('')}-heading`}>
        Twilio queue
      </h3>
      <CheckboxField
        id={id('')}
        label="Wait in a Twilio queue"
        checked={queue !== undefined}
        onChange={toggle}
        help="Instead of dialling a number, the caller waits in a Twilio queue (<Enqueue>) until an agent takes them with <Dial><Queue>. Outputs: Transferred, No answer (the longest wait is over), Rejected (the queue is full or fails), User left (the caller hung up) and, with a callback offer, Callback."
        errors={errorsFor(P)}
      />
      {queue && (
        <>
          <TextField
            id={id('name')}
            label="Queue name"
            value={queue.name}
            command={updateNodeData}
            args={argsFor('name')}
            mono
            placeholder="support"
            help="The queue your agents dequeue from (at most 64 characters); Twilio creates it on first use."
            errors={errorsFor(`${P}/name`)}
          />
          <NumberField
            id={id('maxWaitMinutes')}
            label="Longest wait"
            unit="min"
            min={1}
            max={240}
            value={queue.maxWaitMinutes}
            command={updateNodeData}
            args={argsFor('maxWaitMinutes')}
            help="After this the caller leaves the queue (<Leave/>) and the No answer output is taken; Twilio has no queue timeout of its own."
            errors={errorsFor(`${P}/maxWaitMinutes`)}
          />
          <SelectField
            id={id('callbackDigit')}
            label="Callback key"
            value={queue.callbackDigit}
            options={DIGITS}
            command={updateNodeData}
            args={argsFor('callbackDigit')}
            help="The key that takes the callback offer (a <Gather> in the wait TwiML); saying one of the accepting replies works too. Say the key in the offer."
            errors={errorsFor(`${P}/callbackDigit`)}
          />
          <TextField
            id={id('holdMusicUrl')}
            label="Hold music"
            value={queue.holdMusicUrl}
            command={updateNodeData}
            args={argsFor('holdMusicUrl')}
            mono
            placeholder="https://example.com/hold.mp3"
            help="An MP3 or WAV played between the waiting messages; empty: a pause."
            errors={errorsFor(`${P}/holdMusicUrl`)}
          />
        </>
      )}
    </div>
  );
}
