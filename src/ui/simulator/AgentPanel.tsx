import { useState, type FormEvent } from 'react';
import type { Flow } from '../../schema';
import type { ConversationState } from '../../runtime';
import { useSimulatorStore } from './useSimulatorStore';

/**
 * The human side: an agent accepts, declines, replies and resolves (which hands back to the bot);
 * business hours and agent availability change mid-conversation; the queue wait can expire.
 */
export function AgentPanel({ flow, state, disabled }: { flow: Flow; state: ConversationState; disabled: boolean }) {
  const store = useSimulatorStore();
  const [reply, setReply] = useState('');
  const [agent, setAgent] = useState('');
  const queued = state.handover?.phase === 'queued';
  const connected = state.handover?.phase === 'connected';
  const staff = flow.settings.staff;

  function sendReply(e: FormEvent) {
    e.preventDefault();
    if (!reply.trim()) return;
    store.input({ type: 'agent_reply', text: reply });
    setReply('');
  }

  return (
    <section className="sim-card" aria-labelledby="sim-agent-heading">
      <h3 className="panel-heading" id="sim-agent-heading">
        Agent
      </h3>
      <p className="sim-status-line">{connected ? 'An agent is with the user.' : queued ? 'A conversation is waiting for an agent.' : 'No conversation is waiting.'}</p>
      <div className="sim-row">
        {staff.length > 0 && (
          <select aria-label="Accept as" value={agent} disabled={disabled || !queued} onChange={(e) => setAgent(e.target.value)}>
            <option value="">Assignee</option>
            {staff.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        )}
        <button type="button" className="btn btn-sm" disabled={disabled || !queued} onClick={() => store.input(agent ? { type: 'agent_accept', staffId: agent } : { type: 'agent_accept' })}>
          Accept
        </button>
        <button type="button" className="btn btn-sm" disabled={disabled || !queued} onClick={() => store.input({ type: 'agent_decline' })}>
          Decline
        </button>
        <button type="button" className="btn btn-sm" disabled={disabled || !state.handover} onClick={() => store.input({ type: 'agent_resolve' })}>
          Resolve
        </button>
        {/* The hand back without resolving: the agent gives the conversation back (Messenger: thread control passed back). */}
        <button
          type="button"
          className="btn btn-sm"
          disabled={disabled || !state.handover || state.handover.phase === 'ringing' || state.handover.destination === 'voice'}
          onClick={() => store.input({ type: 'agent_release' })}
        >
          Release to bot
        </button>
      </div>
      <form className="sim-say" onSubmit={sendReply}>
        <input aria-label="Reply as agent" placeholder="Reply as the agent…" value={reply} disabled={disabled || !connected} onChange={(e) => setReply(e.target.value)} />
        <button type="submit" className="btn btn-sm" disabled={disabled || !connected || !reply.trim()}>
          Send reply
        </button>
      </form>
      <div className="sim-row">
        <label className="sim-check">
          <input type="checkbox" checked={state.withinHours} disabled={disabled} onChange={(e) => store.input({ type: 'business_hours', open: e.target.checked })} />
          Business hours open
        </label>
        <label className="sim-check">
          <input type="checkbox" checked={state.agentsAvailable} disabled={disabled} onChange={(e) => store.input({ type: 'agents_available', available: e.target.checked })} />
          Agents available now
        </label>
      </div>
      <button type="button" className="btn btn-sm" disabled={disabled || !queued} onClick={() => store.input({ type: 'queue_timeout' })}>
        Queue wait expires
      </button>
    </section>
  );
}
