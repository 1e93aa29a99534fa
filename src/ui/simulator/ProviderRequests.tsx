import { DESTINATION_LABELS, titleNode, type Flow } from '../../schema';
import type { Effect, EffectOf } from '../../runtime';
import { formatClock } from './formatClock';
import { formatRequest } from './formatRequest';
import { fallbackRequestsOf } from './fallbackRequestsOf';

const PROVIDERS = { twilio: 'Twilio', zendesk: 'Zendesk', messenger: 'Messenger', live_chat: 'Live chat' } as const;

/** Each handover's exact provider request, with the SIP headers that were dropped and why. */
export function ProviderRequests({ flow, effects }: { flow: Flow; effects: readonly Effect[] }) {
  const handovers = effects.filter((e): e is EffectOf<'handover'> => e.type === 'handover');
  const droppedFor = (h: EffectOf<'handover'>) =>
    effects.find((e): e is EffectOf<'headers_dropped'> => e.type === 'headers_dropped' && e.nodeId === h.nodeId && e.seq === h.seq - 1)?.headers ?? [];
  const fallbacks = fallbackRequestsOf(effects);
  return (
    <section className="sim-card" aria-labelledby="sim-requests-heading">
      <h3 className="panel-heading" id="sim-requests-heading">
        Provider requests
      </h3>
      {handovers.length === 0 && fallbacks.length === 0 && <p className="sim-muted">No handover yet.</p>}
      {handovers.map((h) => {
        const node = flow.nodes.find((n) => n.id === h.nodeId);
        const title = `${node ? titleNode(node, flow) : DESTINATION_LABELS[h.destination]} · ${PROVIDERS[h.request.provider]}`;
        const dropped = droppedFor(h);
        return (
          <article key={h.seq} className="sim-request" aria-label={`Request: ${title}`}>
            <h4 className="panel-subheading sim-subheading">
              {title} <span className="sim-muted">{formatClock(h.at)}</span>
            </h4>
            <pre className="sim-pre" tabIndex={0}>{formatRequest(h.request)}</pre>
            {dropped.length > 0 && (
              <div className="sim-dropped">
                <h5 className="panel-subheading sim-subheading">Headers dropped</h5>
                <ul className="sim-list" aria-label="Headers dropped">
                  {dropped.map((d, i) => (
                    <li key={i}>
                      <code>{d.name || '(empty name)'}</code> — {d.reason ?? `Twilio warning ${d.twilioCode}`}
                    </li>
                  ))}
                </ul>
              </div>
            )}
          </article>
        );
      })}
      {fallbacks.map((f) => {
        const node = flow.nodes.find((n) => n.id === f.nodeId);
        const title = `${node ? titleNode(node, flow) : 'Fallback'} · ${f.provider}`;
        return (
          <article key={f.seq} className="sim-request" aria-label={`Request: ${title}`}>
            <h4 className="panel-subheading sim-subheading">
              {title} <span className="sim-muted">{formatClock(f.at)}</span>
            </h4>
            <pre className="sim-pre" tabIndex={0}>{f.text}</pre>
          </article>
        );
      })}
    </section>
  );
}
