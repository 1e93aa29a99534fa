import { useState, type FormEvent } from 'react';
import type { ConversationState } from '../../runtime';
import { formatEstimatedWait, nextQueueWaitTimer, queueStatusAt } from '../../runtime/handover/queueWait';
import { formatClock } from './formatClock';
import { useSimulatorStore } from './useSimulatorStore';

const MINUTE = 60_000;
const NEXT: Record<'answer' | 'offer' | 'message', string> = { answer: 'the agent answers', offer: 'the callback offer', message: 'the next waiting message' };

/**
 * What the queued user would see, minute by minute: their place in line, the time waited and the
 * estimate, and what comes next. The designer moves the clock a minute at a time, reports a new
 * place in line as the provider would, or has the user give up.
 */
export function WaitingPanel({ state, disabled }: { state: ConversationState; disabled: boolean }) {
  const store = useSimulatorStore();
  const [position, setPosition] = useState('');
  const handover = state.handover;
  if (!handover || handover.phase !== 'queued') return null;
  const wait = handover.wait;
  const status = wait ? queueStatusAt(wait, state.now) : null;
  const next = nextQueueWaitTimer(wait);
  const waited = state.now - handover.since;

  function report(e: FormEvent) {
    e.preventDefault();
    const n = Number(position);
    if (!Number.isInteger(n) || n < 1 || n > 1000) return;
    store.input({ type: 'queue_update', position: n });
    setPosition('');
  }

  return (
    <section className="sim-card sim-waiting" aria-labelledby="sim-waiting-heading">
      <h3 className="panel-heading" id="sim-waiting-heading">
        Waiting for a person
      </h3>
      <dl className="sim-facts">
        <dt>Place in the queue</dt>
        <dd>{status ? status.position : 1}</dd>
        <dt>Waited</dt>
        <dd>{Math.floor(waited / MINUTE)} min {Math.floor((waited % MINUTE) / 1000)} s</dd>
        <dt>Estimated wait</dt>
        <dd>{formatEstimatedWait(status ? status.estimateMs : null)}</dd>
        <dt>Next</dt>
        <dd>{next ? `${NEXT[next.what]} at ${formatClock(next.at)}` : handover.timeoutAt !== null ? `the queue timeout at ${formatClock(handover.timeoutAt)}` : 'nothing until an agent accepts'}</dd>
      </dl>
      <div className="sim-row">
        <button type="button" className="btn btn-sm" disabled={disabled} onClick={() => store.input({ type: 'advance', ms: MINUTE })}>
          Wait 1 minute
        </button>
        <button type="button" className="btn btn-sm" disabled={disabled} onClick={() => store.input({ type: 'user_left' })}>
          User gives up
        </button>
      </div>
      <form className="sim-say" onSubmit={report}>
        <input aria-label="Reported place in the queue" type="number" min={1} max={1000} placeholder="Queue reports place…" value={position} disabled={disabled} onChange={(e) => setPosition(e.target.value)} />
        <button type="submit" className="btn btn-sm" disabled={disabled || position === ''}>
          Report
        </button>
      </form>
    </section>
  );
}
