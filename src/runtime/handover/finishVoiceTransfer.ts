import type { TransferOutcome } from '../../schema';
import type { Turn } from '../turn';
import { continueFrom } from '../walkFrom';
import { emitOutcome } from './emitOutcome';
import { failVoiceTransfer } from './failVoiceTransfer';

/**
 * The <Dial> outcome of a ringing voice transfer: answered (Twilio `completed`) → `transferred`
 * and the caller is with a person; busy / no_answer / rejected → that port or the call drops.
 */
export function finishVoiceTransfer(turn: Turn, outcome: TransferOutcome): void {
  const handover = turn.state.handover;
  if (!handover || handover.destination !== 'voice' || handover.phase !== 'ringing') return;
  if (outcome === 'answered') {
    handover.phase = 'connected';
    handover.timeoutAt = null;
    emitOutcome(turn, handover.nodeId, 'answered', 'transferred');
    continueFrom(turn, handover.nodeId, 'transferred');
    return;
  }
  const next = failVoiceTransfer(turn, handover.nodeId, outcome);
  if (next.kind === 'port') continueFrom(turn, handover.nodeId, next.port);
}
