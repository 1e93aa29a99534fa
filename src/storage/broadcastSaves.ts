/** What one tab tells the others after it saved a flow. */
export interface SaveMessage {
  type: 'saved' | 'deleted' | 'restored' | 'renamed' | 'created';
  flowId: string;
  version: number;
}

export const CHANNEL_NAME = 'baton';

/**
 * Sends a library change to the other tabs over BroadcastChannel('baton'). Does nothing where the
 * API is missing (old browsers, some test environments): conflicts are still caught at save time.
 */
export function broadcastSaves(message: SaveMessage): void {
  if (typeof BroadcastChannel === 'undefined') return;
  const channel = new BroadcastChannel(CHANNEL_NAME);
  channel.postMessage(message);
  channel.close();
}
