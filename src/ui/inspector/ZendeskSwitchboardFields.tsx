import type { ReactNode } from 'react';
import { updateNodeData, type UpdateNodeDataArgs } from '../../editor/commands/updateNodeData';
import { SWITCHBOARD_METADATA_LIMIT, switchboardMetadataOf, switchboardMetadataSize } from '../../rules/zendesk/switchboardMetadata';
import type { ZendeskDestination, ZendeskMetadataEntry } from '../../schema';
import { useEditorStore } from '../store/useEditorStore';
import { CellInput as Cell } from './fields/CellInput';
import { SelectField } from './fields/SelectField';
import { TextField } from './fields/TextField';
import { fieldId } from './fieldId';
import './providerFields.css';

const MODES = [
  { value: 'chat_department', label: 'Zendesk Chat: department routing' },
  { value: 'messaging_switchboard', label: 'Zendesk messaging: switchboard' },
];
const HISTORY = [
  { value: 'last_10', label: 'The last 10 messages (Zendesk default)' },
  { value: 'whole_conversation', label: 'The whole conversation' },
];

/**
 * The Zendesk mode — Chat's department routing (the department field, passed as children) or
 * messaging's switchboard: the switchboard integration that takes control, how much history the agent
 * sees, and the passControl metadata with its 4 KB meter (Sunshine Conversations passControl).
 */
export function ZendeskSwitchboardFields({ nodeId, d, errorsFor, children }: { nodeId: string; d: ZendeskDestination; errorsFor(pointer: string): readonly string[]; children: ReactNode }) {
  const store = useEditorStore();
  const p = (key: string) => `/data/destination/${key}`;
  const argsFor = (key: string) => (value: unknown): UpdateNodeDataArgs => ({ id: nodeId, data: { destination: { [key]: value } } });
  const entries = d.switchboardMetadata;
  const save = (next: ZendeskMetadataEntry[]) => store.run(updateNodeData, argsFor('switchboardMetadata')(next));
  const edit = (i: number, patch: Partial<ZendeskMetadataEntry>) => argsFor('switchboardMetadata')(entries.map((e, j) => (j === i ? { ...e, ...patch } : e)));
  const size = switchboardMetadataSize(switchboardMetadataOf(d));
  const over = size > SWITCHBOARD_METADATA_LIMIT;
  const pointer = p('switchboardMetadata');
  const mode = (
    <SelectField
      id={fieldId(nodeId, p('mode'))}
      label="Zendesk product"
      value={d.mode}
      options={MODES}
      command={updateNodeData}
      args={argsFor('mode')}
      help="Zendesk Chat transfers to a department (transferToDepartment). Zendesk messaging hands the conversation over on its switchboard (Sunshine Conversations passControl)."
      errors={errorsFor(p('mode'))}
    />
  );
  if (d.mode !== 'messaging_switchboard') {
    return (
      <>
        {mode}
        {children}
      </>
    );
  }
  return (
    <>
      {mode}
      <TextField
        id={fieldId(nodeId, p('switchboardIntegration'))}
        label="Switchboard integration"
        value={d.switchboardIntegration}
        command={updateNodeData}
        args={argsFor('switchboardIntegration')}
        mono
        placeholder="zd:agentWorkspace"
        help="Its id or name; zd:agentWorkspace is Zendesk's agent workspace. passControl makes it active and puts the bot on standby."
        errors={errorsFor(p('switchboardIntegration'))}
      />
      <SelectField
        id={fieldId(nodeId, p('history'))}
        label="The agent sees"
        value={d.history}
        options={HISTORY}
        command={updateNodeData}
        args={argsFor('history')}
        help="Zendesk shows the last 10 messages unless passControl names the first message to include (metadata first_message_id, from the conversation's first_message_id variable)."
        errors={errorsFor(p('history'))}
      />
      <fieldset className="field-group" id={fieldId(nodeId, pointer)} tabIndex={-1}>
        <legend className="field-label">passControl metadata</legend>
        <meter
          min={0}
          max={SWITCHBOARD_METADATA_LIMIT}
          value={Math.min(size, SWITCHBOARD_METADATA_LIMIT)}
          high={SWITCHBOARD_METADATA_LIMIT * 0.85}
          optimum={0}
          aria-label="Metadata size"
          aria-valuetext={`${size} of ${SWITCHBOARD_METADATA_LIMIT} bytes`}
        />{' '}
        <span className={`budget-text${over ? ' is-over' : ''}`}>
          {size} / {SWITCHBOARD_METADATA_LIMIT} bytes
        </span>
        {entries.length > 0 ? (
          <table className="metadata-table">
            <thead>
              <tr>
                <th scope="col">Key</th>
                <th scope="col">Value</th>
                <th scope="col">
                  <span className="visually-hidden">Remove</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {entries.map((e, i) => (
                <tr key={i}>
                  <td>
                    <Cell id={fieldId(nodeId, `${pointer}/${i}/key`)} label={`Metadata ${i + 1} key`} value={e.key} args={(key) => edit(i, { key })} />
                  </td>
                  <td>
                    <Cell id={fieldId(nodeId, `${pointer}/${i}/value`)} label={`Metadata ${i + 1} value`} value={e.value} args={(value) => edit(i, { value })} />
                  </td>
                  <td>
                    <button type="button" className="btn btn-ghost btn-icon btn-sm" aria-label={`Remove metadata ${i + 1}${e.key ? ` (${e.key})` : ''}`} onClick={() => save(entries.filter((_, j) => j !== i))}>
                      ×
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p className="field-help">No metadata. Zendesk's agent workspace reads keys such as ticket fields; values can use {'{{variables}}'}.</p>
        )}
        {[...errorsFor(pointer), ...entries.flatMap((_, i) => errorsFor(`${pointer}/${i}/key`))].map((m) => (
          <p key={m} className="field-error">
            {m}
          </p>
        ))}
        <button type="button" className="btn btn-sm" onClick={() => save([...entries, { key: '', value: '' }])} disabled={entries.length >= 100}>
          + Add metadata
        </button>
      </fieldset>
    </>
  );
}
