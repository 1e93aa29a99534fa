import { useEffect, useMemo, useRef } from 'react';
import type { Flow } from '../../schema';
import { describeItem, type LineRole } from './describeItem';
import { formatClock } from './formatClock';
import type { Session } from './session';

const SPEAKER: Partial<Record<LineRole, string>> = { user: 'User', bot: 'Bot', agent: 'Agent', queue: 'Queue' };

/** The conversation as far as it is revealed: user, bot and agent messages, and system lines. */
export function Transcript({ session, flow }: { session: Session | null; flow: Flow }) {
  const end = useRef<HTMLLIElement>(null);
  const lines = useMemo(
    () => (session ? session.timeline.slice(0, session.revealed).flatMap((item, i) => { const line = describeItem(flow, item); return line ? [{ ...line, key: i }] : []; }) : []),
    [session, flow],
  );
  useEffect(() => {
    // Braces matter: Chromium's scrollIntoView now returns a promise, which is not an effect cleanup.
    end.current?.scrollIntoView?.({ block: 'nearest' });
  }, [lines.length]);

  return (
    // The log is the scrolling box (focusable, so the keyboard can scroll it); the list inside
    // keeps its list semantics, which role="log" on the <ol> itself would erase.
    <div className="sim-transcript" role="log" aria-live="polite" aria-label="Transcript" tabIndex={0}>
      <ol className="sim-transcript-list">
      {lines.length === 0 && <li className="sim-empty">{session ? 'Nothing yet.' : 'Set the scene and press Start to talk to the bot.'}</li>}
      {lines.map((line, i) => {
        const speaker = SPEAKER[line.role];
        return (
          <li key={line.key} ref={i === lines.length - 1 ? end : undefined} className={`sim-line sim-line-${line.role}`}>
            {speaker ? (
              <div className="sim-bubble">
                <span className="sim-speaker">{speaker}</span>
                <span className="sim-text">{line.text}</span>
              </div>
            ) : (
              <span className="sim-text">{line.text}</span>
            )}
            <time className="sim-time">{formatClock(line.at)}</time>
          </li>
        );
      })}
      </ol>
    </div>
  );
}
