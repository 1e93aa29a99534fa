import type { ParseIssue } from '../schema/parseFlow';

export type StorageErrorKind = 'quota' | 'closed' | 'unavailable' | 'not-found' | 'invalid' | 'duplicate' | 'unknown';

/**
 * A storage failure said for people. The editor keeps the flow in memory whatever happens here,
 * so every message ends by telling the user how to keep a copy.
 */
export class StorageError extends Error {
  readonly kind: StorageErrorKind;
  /** For `invalid`: what parseFlow found wrong with a stored record (JSON pointer + message). */
  readonly issues: ParseIssue[];

  constructor(kind: StorageErrorKind, message: string, options: { cause?: unknown; issues?: ParseIssue[] } = {}) {
    super(message, { cause: options.cause });
    this.name = 'StorageError';
    this.kind = kind;
    this.issues = options.issues ?? [];
  }
}
