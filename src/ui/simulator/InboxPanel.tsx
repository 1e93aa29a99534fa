import type { Flow } from '../../schema';
import type { ConversationState } from '../../runtime';
import { staffName } from './staffName';

/**
 * The Live chat inbox: "conversations where the AI Agent has left the chat and have not been
 * assigned to an agent are available in the Live chat menu, under the Unassigned section" (Moveo).
 */
export function InboxPanel({ flow, state }: { flow: Flow; state: ConversationState }) {
  const queue = state.inbox.queue;
  const row = <li className="sim-inbox-item">This conversation{queue === 'assigned' && state.contact.assigneeId ? ` · ${staffName(flow, state.contact.assigneeId)}` : ''}</li>;
  return (
    <section className="sim-card" aria-labelledby="sim-inbox-heading">
      <h3 className="panel-heading" id="sim-inbox-heading">
        Live chat inbox
      </h3>
      <div className="sim-inbox">
        <div>
          <h4 className="panel-subheading sim-subheading">Unassigned ({queue === 'unassigned' ? 1 : 0})</h4>
          <ul className="sim-list" aria-label="Unassigned">{queue === 'unassigned' ? row : <li className="sim-muted">Empty</li>}</ul>
        </div>
        <div>
          <h4 className="panel-subheading sim-subheading">Assigned ({queue === 'assigned' ? 1 : 0})</h4>
          <ul className="sim-list" aria-label="Assigned">{queue === 'assigned' ? row : <li className="sim-muted">Empty</li>}</ul>
        </div>
      </div>
    </section>
  );
}
