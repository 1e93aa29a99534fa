import type { TransferOutcome } from '../../schema';

/**
 * Twilio's <Dial action> request carries DialCallStatus: completed, answered, busy, no-answer,
 * failed or canceled (TwiML <Dial> reference). The engine's voice handover has four outcomes
 * (finishVoiceTransfer): the person picked up (`answered` → Transferred), `busy`, `no_answer`, and
 * everything else that did not connect (`rejected`). `answered` is what Twilio reports for a call
 * answered into a conference, `completed` for an ordinary answered call that has since ended.
 */
const OUTCOMES: Record<string, TransferOutcome> = {
  completed: 'answered',
  answered: 'answered',
  busy: 'busy',
  'no-answer': 'no_answer',
  failed: 'rejected',
  canceled: 'rejected',
};

export function mapDialCallStatus(status: string | undefined): TransferOutcome | null {
  return (status && OUTCOMES[status]) || null;
}
