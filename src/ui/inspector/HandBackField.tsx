import { updateNodeData } from '../../editor/commands/updateNodeData';
import type { NodeOfType } from '../../schema';
import { useEditorStore } from '../store/useEditorStore';
import { CheckboxField } from './fields/CheckboxField';
import { NumberField } from './fields/NumberField';
import { fieldId } from './fieldId';

const PATH = '/data/handBackAfterIdleMinutes';
const DEFAULT_MINUTES = 30;

/**
 * The idle hand back of a chat handover: after this many minutes without a message from the user or
 * the agent, the conversation goes back to the bot and on from the Resolved port. A call cannot come
 * back to the bot, so voice handovers do not offer it.
 */
export function HandBackField({ node, errorsFor }: { node: NodeOfType<'handover'>; errorsFor: (path: string) => readonly string[] }) {
  const store = useEditorStore();
  const minutes = node.data.handBackAfterIdleMinutes;
  const id = fieldId(node.id, PATH);
  function toggle(on: boolean) {
    if (on) store.run(updateNodeData, { id: node.id, data: { handBackAfterIdleMinutes: DEFAULT_MINUTES } });
    else {
      const { handBackAfterIdleMinutes: _dropped, ...rest } = node.data;
      void _dropped;
      store.run(updateNodeData, { id: node.id, data: rest, replace: true });
    }
  }
  return (
    <>
      <CheckboxField
        id={`${id}-on`}
        label="Hand back after a silence"
        checked={minutes !== undefined}
        onChange={toggle}
        help="When nobody writes for a while, the person is taken to be done: the bot owns the conversation again and the flow goes on from Resolved (as when the agent resolves or releases it)."
        errors={minutes === undefined ? errorsFor(PATH) : []}
      />
      {minutes !== undefined && (
        <NumberField
          id={id}
          label="Idle time before the hand back"
          unit="min"
          min={1}
          max={7 * 24 * 60}
          value={minutes}
          command={updateNodeData}
          args={(value) => ({ id: node.id, data: { handBackAfterIdleMinutes: value } })}
          help="Counted from the person taking over, and again from each message of the user or the agent."
          errors={errorsFor(PATH)}
        />
      )}
    </>
  );
}
