import type { TransferOutcome } from '../../schema';

/** What a voice transfer can meet, as the scene form and the ringing buttons say it. */
export const OUTCOME_LABELS: Record<TransferOutcome, string> = { answered: 'Answered', busy: 'Busy', no_answer: 'No answer', rejected: 'Rejected' };
