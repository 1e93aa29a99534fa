import type { Flow } from '../schema/flow';
import { parseFlow } from '../schema/parseFlow';
import { StorageError } from './StorageError';

/**
 * Every load from IndexedDB goes through parseFlow. A record that no longer parses (an older build
 * wrote it, or it was edited by hand) is reported with its issues, never silently dropped.
 */
export function readStoredFlow(raw: unknown, where: string): Flow {
  const result = parseFlow(raw);
  if (result.ok) return result.flow;
  const first = result.issues[0];
  const at = first?.path ? ` at ${first.path}` : '';
  throw new StorageError('invalid', `The stored ${where} cannot be read${at}: ${first?.message ?? 'unknown problem'}`, {
    issues: result.issues,
  });
}
