import { updateNodeData } from '../../editor/commands/updateNodeData';
import { DEFAULT_WAITING, type NodeOfType, type Waiting } from '../../schema';
import { useEditorStore } from '../store/useEditorStore';
import { CheckboxField } from './fields/CheckboxField';
import { NumberField } from './fields/NumberField';
import { TextField } from './fields/TextField';
import { fieldId } from './fieldId';

interface Props {
  node: NodeOfType<'handover'>;
  waiting: Waiting | undefined;
  errorsFor(pointer: string): readonly string[];
}

const P = '/data/destination/waiting';

/**
 * While a live chat or Zendesk handover waits for a person: the queue's message at intervals with
 * the position and estimated wait (as Twilio <Enqueue>'s waitUrl gets QueuePosition and
 * AvgQueueTime), the callback offer after a set wait, and the User left port for a user who gives up.
 */
export function WaitingFields({ node, waiting, errorsFor }: Props) {
  const store = useEditorStore();
  const id = (key: string) => fieldId(node.id, key ? `${P}/${key}` : P);
  const argsFor = (key: keyof Waiting) => (value: unknown) => ({ id: node.id, data: { destination: { waiting: { [key]: value } } } });
  function toggle(on: boolean) {
    const destination = node.data.destination;
    if (on) return store.run(updateNodeData, { id: node.id, data: { destination: { waiting: DEFAULT_WAITING } } });
    if (!('waiting' in destination)) return;
    const { waiting: _off, ...rest } = destination;
    void _off;
    store.run(updateNodeData, { id: node.id, data: { ...node.data, destination: rest }, replace: true });
  }
  return (
    <div role="group" aria-labelledby={`${id('')}-heading`} className="waiting-fields">
      <h3 className="section-title" id={`${id('')}-heading`}>
        While the user waits
      </h3>
      <CheckboxField
        id={id('')}
        label="Send waiting messages"
        checked={waiting !== undefined}
        onChange={toggle}
        help="Tell the user where they stand in the queue at intervals; adds the User left port for a user who gives up."
        errors={errorsFor(P)}
      />
      {waiting && (
        <>
          <NumberField
            id={id('everyMinutes')}
            label="Every"
            unit="min"
            min={1}
            max={60}
            value={waiting.everyMinutes}
            command={updateNodeData}
            args={argsFor('everyMinutes')}
            help="The first message comes this long after the handover, then again at the same interval until a person answers."
            errors={errorsFor(`${P}/everyMinutes`)}
          />
          <TextField
            id={id('message')}
            label="Waiting message"
            value={waiting.message}
            command={updateNodeData}
            args={argsFor('message')}
            multiline
            help="{{queue_position}} is the place in line and {{estimated_wait}} the expected wait (e.g. “about 4 minutes”), as the queue reports them; other {{variables}} come from the conversation."
            errors={errorsFor(`${P}/message`)}
          />
          <CheckboxField
            id={id('offerCallback')}
            label="Offer a callback"
            checked={waiting.offerCallbackAfterMinutes !== null}
            onChange={(on) => store.run(updateNodeData, argsFor('offerCallbackAfterMinutes')(on ? 5 : null))}
            help="After a set wait the user may leave the queue and be called back: the Callback port. Connect it to a confirmation and a Create task."
          />
          {waiting.offerCallbackAfterMinutes !== null && (
            <>
              <NumberField
                id={id('offerCallbackAfterMinutes')}
                label="Offer after"
                unit="min"
                min={1}
                max={1440}
                value={waiting.offerCallbackAfterMinutes}
                command={updateNodeData}
                args={argsFor('offerCallbackAfterMinutes')}
                errors={errorsFor(`${P}/offerCallbackAfterMinutes`)}
              />
              <TextField
                id={id('callbackOffer')}
                label="Callback offer"
                value={waiting.callbackOffer}
                command={updateNodeData}
                args={argsFor('callbackOffer')}
                multiline
                errors={errorsFor(`${P}/callbackOffer`)}
              />
              <TextField
                id={id('callbackPhrases')}
                label="Replies that accept"
                value={waiting.callbackPhrases.join(', ')}
                command={updateNodeData}
                args={(text) => argsFor('callbackPhrases')(text.split(',').map((p) => p.trim()).filter((p, i, all) => p !== '' || i === all.length - 1))}
                help="Comma-separated; a reply containing one of them (any case) takes the offer."
                errors={errorsFor(`${P}/callbackPhrases`)}
              />
            </>
          )}
        </>
      )}
    </div>
  );
}
