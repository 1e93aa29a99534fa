import { useState, type FormEvent } from 'react';
import { TRANSFER_OUTCOMES } from '../../schema';
import type { ConversationState } from '../../runtime';
import { useSimulatorStore } from './useSimulatorStore';
import { OUTCOME_LABELS } from './outcomeLabels';

/** The user's side: type as the user, or send what a text box cannot (no answer, hang up). */
export function Composer({ state, disabled }: { state: ConversationState; disabled: boolean }) {
  const store = useSimulatorStore();
  const [text, setText] = useState('');
  const ringing = state.handover?.destination === 'voice' && state.handover.phase === 'ringing';
  const voice = state.channel.endsWith('voice');

  function send(e: FormEvent) {
    e.preventDefault();
    if (!text.trim()) return;
    store.input({ type: 'user_message', text });
    setText('');
  }

  return (
    <div className="sim-composer">
      <form className="sim-say" onSubmit={send}>
        <input aria-label="Message as the user" placeholder={voice ? 'What the caller says…' : 'Type as the user…'} value={text} disabled={disabled} onChange={(e) => setText(e.target.value)} />
        <button type="submit" className="btn btn-primary btn-sm" disabled={disabled || !text.trim()}>
          Send
        </button>
      </form>
      <div className="sim-row" role="group" aria-label="User events">
        <button type="button" className="btn btn-sm" disabled={disabled} onClick={() => store.input({ type: 'ai_no_answer' })}>
          AI has no answer
        </button>
        <button type="button" className="btn btn-sm" disabled={disabled} onClick={() => store.input({ type: 'ai_answer_failed' })}>
          The answer did not help
        </button>
        <button type="button" className="btn btn-sm" disabled={disabled} onClick={() => store.input({ type: 'user_left' })}>
          {voice ? 'User hangs up' : 'User leaves'}
        </button>
      </div>
      {ringing && (
        // Only when the run came from a test case with its own outcomes; otherwise the scene answers.
        <div className="sim-row" role="group" aria-label="Transfer outcome">
          <span className="sim-label">The transfer is ringing:</span>
          {TRANSFER_OUTCOMES.map((o) => (
            <button key={o} type="button" className="btn btn-sm" disabled={disabled} onClick={() => store.input({ type: 'transfer_outcome', outcome: o })}>
              {OUTCOME_LABELS[o]}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
