import { useSyncExternalStore } from 'react';
import { jsonTabDirty } from './jsonTabDirty';

/** True while the JSON tab holds invalid text: feed it to useLeaveGuard in the shell. */
export function useJsonTabDirty(): boolean {
  return useSyncExternalStore(jsonTabDirty.subscribe, jsonTabDirty.get, jsonTabDirty.get);
}
