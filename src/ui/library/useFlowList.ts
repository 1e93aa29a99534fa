import { useCallback, useEffect, useState } from 'react';
import type { FlowLibrary, FlowSummary } from '../../storage/flowLibrary';
import { listenForSaves } from '../../storage/listenForSaves';

export interface FlowListState {
  flows: FlowSummary[] | null;
  error: string | null;
  refresh(): Promise<void>;
}

/** The library's flows, reloaded on demand and whenever another tab changes the library. */
export function useFlowList(library: FlowLibrary): FlowListState {
  const [flows, setFlows] = useState<FlowSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  const refresh = useCallback(async () => {
    try {
      setFlows(await library.listFlows());
      setError(null);
    } catch (e) {
      setError((e as Error).message);
      setFlows((current) => current ?? []);
    }
  }, [library]);

  useEffect(() => {
    void refresh();
    return listenForSaves(() => void refresh());
  }, [refresh]);

  return { flows, error, refresh };
}
