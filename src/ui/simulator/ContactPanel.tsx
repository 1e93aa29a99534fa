import type { Flow } from '../../schema';
import type { ConversationState } from '../../runtime';
import { formatClock } from './formatClock';
import { staffName } from './staffName';

/** The contact as the run left it: assignee, tags, and tasks with their due times. */
export function ContactPanel({ flow, state }: { flow: Flow; state: ConversationState }) {
  const { assigneeId, tags, tasks } = state.contact;
  return (
    <section className="sim-card" aria-labelledby="sim-contact-heading">
      <h3 className="panel-heading" id="sim-contact-heading">
        Contact
      </h3>
      <dl className="sim-facts">
        <dt>Assignee</dt>
        <dd>{assigneeId ? staffName(flow, assigneeId) : 'Unassigned'}</dd>
        <dt>Tags</dt>
        <dd>{tags.length ? tags.map((t) => <span key={t} className="sim-tag">{t}</span>) : 'None'}</dd>
        <dt>Bot</dt>
        <dd>{BOT_STATUS[state.bot]}{state.pausedUntil !== null ? ` until ${formatClock(state.pausedUntil)}` : ''}</dd>
      </dl>
      <h4 className="panel-subheading sim-subheading">Tasks</h4>
      {tasks.length === 0 ? (
        <p className="sim-muted">No tasks.</p>
      ) : (
        <ul className="sim-list" aria-label="Tasks">
          {tasks.map((t) => (
            <li key={t.id}>
              <span>{t.title}</span>
              <span className="sim-muted"> · {t.assigneeId ? staffName(flow, t.assigneeId) : 'Unassigned'} · due {formatClock(t.dueAt)}</span>
              {t.due && <span className="sim-pill sim-pill-warning">Due</span>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

const BOT_STATUS: Record<ConversationState['bot'], string> = {
  active: 'Active',
  paused: 'Paused',
  waiting_transfer: 'Waiting for the handover',
  with_human: 'With a person',
  ended: 'Ended',
};
