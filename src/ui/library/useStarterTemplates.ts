import { useCallback, useEffect, useState } from 'react';
import { loadTemplates } from '../../storage/loadTemplates';
import type { FlowTemplate } from '../../storage/templates';

export type StarterTemplatesState =
  | { status: 'loading' }
  | { status: 'ready'; templates: readonly FlowTemplate[] }
  | { status: 'failed'; message: string; retry(): void };

/** The starter templates: the given ones, or the example files loaded on first show. */
export function useStarterTemplates(given?: readonly FlowTemplate[], load: () => Promise<readonly FlowTemplate[]> = loadTemplates): StarterTemplatesState {
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<StarterTemplatesState>({ status: 'loading' });
  const retry = useCallback(() => setAttempt((a) => a + 1), []);

  useEffect(() => {
    if (given) return;
    let cancelled = false;
    setState({ status: 'loading' });
    load().then(
      (templates) => !cancelled && setState({ status: 'ready', templates }),
      // A new deployment removes old chunks; say so rather than leave an empty section.
      (e: unknown) =>
        !cancelled &&
        setState({ status: 'failed', message: `The starter templates could not be loaded (${(e as Error).message || 'network error'}).`, retry }),
    );
    return () => {
      cancelled = true;
    };
  }, [given, load, attempt, retry]);

  return given ? { status: 'ready', templates: given } : state;
}
