import type { HandoverPort } from '../../schema';
import type { HandoverOutcome } from '../effects';
import type { Turn } from '../turn';

/** Reports what became of a handover and whether its port is wired; returns that. */
export function emitOutcome(turn: Turn, nodeId: string, outcome: HandoverOutcome, port: HandoverPort): boolean {
  const connected = turn.index.target(nodeId, port) !== null;
  turn.emit('handover_outcome', { outcome, port, connected }, nodeId);
  return connected;
}
