/**
 * An Offer callback node waiting for the user's reply: first the number, then a yes or no to the
 * read-back. Replaced, never changed in place, so state copies can share it.
 */
export interface CallbackAsk {
  nodeId: string;
  step: 'number' | 'confirm';
  /** Replies that were not a valid number, or a "no" to the read-back. */
  failures: number;
}
