import { ConflictError } from './ConflictError';
import { StorageError } from './StorageError';

const KEEP_A_COPY = 'the flow stays open in this tab — export it to keep a copy';

function namesOf(error: unknown): string[] {
  const names: string[] = [];
  // Dexie wraps the browser's DOMException in `inner` (e.g. OpenFailedError → QuotaExceededError).
  for (let e = error as { name?: unknown; inner?: unknown } | undefined, depth = 0; e && depth < 5; depth++) {
    if (typeof e.name === 'string') names.push(e.name);
    e = e.inner as typeof e;
  }
  return names;
}

/** The innermost error's first line: Dexie repeats the cause's name and message after a newline. */
function detailOf(error: unknown): string {
  let e = error as { message?: unknown; inner?: unknown } | undefined;
  for (let depth = 0; e?.inner && depth < 5; depth++) e = e.inner as typeof e;
  const message = e && typeof e.message === 'string' ? e.message : String(error);
  return message.split('\n')[0].trim().replace(/\.$/, '');
}

/** Maps IndexedDB/Dexie failures to a StorageError with a message a user can act on. */
export function toStorageError(error: unknown): StorageError | ConflictError {
  if (error instanceof StorageError || error instanceof ConflictError) return error;
  const names = namesOf(error);
  const detail = detailOf(error);
  if (names.includes('QuotaExceededError')) {
    return new StorageError('quota', `Your browser's storage is full: ${detail}; ${KEEP_A_COPY}`, { cause: error });
  }
  if (names.includes('MissingAPIError')) {
    return new StorageError(
      'unavailable',
      `This browser offers no IndexedDB (private mode or disabled storage), so nothing can be saved: ${detail}; ${KEEP_A_COPY}`,
      { cause: error },
    );
  }
  if (names.includes('DatabaseClosedError') || names.includes('InvalidStateError')) {
    return new StorageError('closed', `The browser closed Baton's database: ${detail}; reload the page. Meanwhile ${KEEP_A_COPY}`, {
      cause: error,
    });
  }
  return new StorageError('unknown', `Saving failed: ${detail}; ${KEEP_A_COPY}`, { cause: error });
}
