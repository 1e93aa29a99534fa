import { updateNodeData, type UpdateNodeDataArgs } from '../../editor/commands/updateNodeData';
import { filterSipHeaders, SIP_HEADER_BUDGET, STANDARD_SIP_HEADERS } from '../../rules/voice/filterSipHeaders';
import type { SipAttribute } from '../../schema';
import { useEditorStore } from '../store/useEditorStore';
import { useFieldGesture } from '../store/useFieldGesture';
import { FieldFixes } from '../problems/FieldFixes';
import { fieldId } from './fieldId';
import { BudgetMeter } from './BudgetMeter';

interface Props {
  nodeId: string;
  attributes: readonly SipAttribute[];
  /** True when the destination is a phone number: Twilio ignores attributes then. */
  ignored: boolean;
  errorsFor(pointer: string): readonly string[];
}

/**
 * One cell's text; typing in it is one undo step per focus. A text area one line high that grows to
 * wrap a long name or value (field-sizing: content), so the whole of it stays in view; Enter never
 * adds a line break, which a SIP header cannot carry.
 */
function Cell({ id, label, value, args }: { id: string; label: string; value: string; args(v: string): UpdateNodeDataArgs }) {
  const gesture = useFieldGesture();
  return (
    <textarea
      id={id}
      className="input mono attr-cell"
      aria-label={label}
      rows={1}
      value={value}
      spellCheck={false}
      onFocus={gesture.onFocus}
      onBlur={gesture.onBlur}
      onKeyDown={(e) => e.key === 'Enter' && e.preventDefault()}
      onChange={(e) => gesture.run(updateNodeData, args(e.target.value.replace(/[\r\n]+/g, '')))}
    />
  );
}

/**
 * The Attributes of a voice handover: each row says whether Twilio sends it as a SIP header or
 * drops it and why (seed page allow-list; Twilio warnings 13252, 32113), with a meter of the
 * URL-encoded budget (names and values together ≤ 1024 characters; Twilio warning 21227).
 */
export function VoiceAttributesTable({ nodeId, attributes, ignored, errorsFor }: Props) {
  const store = useEditorStore();
  const pointer = '/data/destination/attributes';
  const { encodedLength } = filterSipHeaders([...attributes]);
  const over = encodedLength > SIP_HEADER_BUDGET;
  const argsFor = (next: SipAttribute[]): UpdateNodeDataArgs => ({ id: nodeId, data: { destination: { attributes: next } } });
  const save = (next: SipAttribute[]) => store.run(updateNodeData, argsFor(next));
  const edit = (i: number, patch: Partial<SipAttribute>) => argsFor(attributes.map((a, j) => (j === i ? { ...a, ...patch } : a)));
  const tableErrors = errorsFor(pointer);
  return (
    <div className="attributes" id={fieldId(nodeId, pointer)} tabIndex={-1}>
      <div className="attributes-head">
        <h3 className="section-title">SIP headers (Attributes)</h3>
        <BudgetMeter label="URL-encoded header budget" size={encodedLength} limit={SIP_HEADER_BUDGET} />
      </div>
      {ignored && attributes.length > 0 && (
        <p className="callout callout-info" role="note">
          These attributes are ignored: the destination is a phone number, and SIP headers only apply to SIP URI destinations.
        </p>
      )}
      {over && (
        <p className="field-error" role="alert">
          The headers take {encodedLength} characters URL-encoded; Twilio allows {SIP_HEADER_BUDGET} (warning 21227). Shorten or remove some.
        </p>
      )}
      {tableErrors.map((m) => (
        <p key={m} className="field-error">
          {m}
        </p>
      ))}
      {attributes.length > 0 ? (
        <table className="attributes-table">
          <thead>
            <tr>
              <th scope="col">Header: name, value and what Twilio does with it</th>
              <th scope="col">
                <span className="visually-hidden">Remove</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {attributes.map((a, i) => {
              const { dropped } = filterSipHeaders([a]);
              const status = ignored ? { kind: 'ignored', text: 'Ignored (phone number)' } : dropped.length ? { kind: 'dropped', text: `Dropped: ${dropped[0].reason}` } : { kind: 'kept', text: 'Kept' };
              const rowErrors = [...errorsFor(`${pointer}/${i}`), ...errorsFor(`${pointer}/${i}/name`), ...errorsFor(`${pointer}/${i}/value`)];
              return (
                <tr key={i} className={`attr-${status.kind}`}>
                  <td>
                    {/* Name and value each get the row's width; the status follows under them, its reason once (the problem's own words when there is one). */}
                    <div className="attr-fields">
                      <span className="attr-field-label" aria-hidden="true">
                        Name
                      </span>
                      <Cell id={fieldId(nodeId, `${pointer}/${i}/name`)} label={`Header ${i + 1} name`} value={a.name} args={(name) => edit(i, { name })} />
                      <span className="attr-field-label" aria-hidden="true">
                        Value
                      </span>
                      <Cell id={fieldId(nodeId, `${pointer}/${i}/value`)} label={`Header ${i + 1} value`} value={a.value} args={(value) => edit(i, { value })} />
                    </div>
                    <div className="attr-status">
                      <span className={`status-pill status-${status.kind}`}>{status.kind === 'kept' ? 'Kept' : status.kind === 'ignored' ? 'Ignored' : 'Dropped'}</span>
                      <span className="visually-hidden">{status.text}</span>
                      {rowErrors.length === 0 && status.kind === 'dropped' && (
                        <span className="attr-reason" aria-hidden="true">
                          {dropped[0].reason}
                        </span>
                      )}
                      {rowErrors.map((m) => (
                        <span key={m} className="attr-reason is-error">
                          {m}
                        </span>
                      ))}
                      <FieldFixes fieldId={fieldId(nodeId, `${pointer}/${i}/name`)} messages={rowErrors} />
                    </div>
                  </td>
                  <td>
                    <button type="button" className="btn btn-ghost btn-icon btn-sm" aria-label={`Remove header ${i + 1}${a.name ? ` (${a.name})` : ''}`} onClick={() => save(attributes.filter((_, j) => j !== i))}>
                      ×
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : (
        <p className="field-help">No headers. Add X-* headers (e.g. X-Customer-Id) to route or label the call on the receiving system.</p>
      )}
      <button type="button" className="btn btn-sm" onClick={() => save([...attributes, { name: attributes.length ? 'X-' : 'X-Customer-Id', value: '' }])} disabled={attributes.length >= 50}>
        + Add header
      </button>
      <p className="field-help">
        Allowed: any X-* header except X-Twilio*, and {STANDARD_SIP_HEADERS.join(', ')}. Others are dropped silently before the transfer.
      </p>
    </div>
  );
}
