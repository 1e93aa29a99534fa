import { CHANNEL_NAME, type SaveMessage } from './broadcastSaves';

/** Calls `listener` when another tab changes the library; returns a function that stops listening. */
export function listenForSaves(listener: (message: SaveMessage) => void): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => {};
  const channel = new BroadcastChannel(CHANNEL_NAME);
  channel.onmessage = (event: MessageEvent) => {
    const data = event.data as Partial<SaveMessage> | null;
    if (data && typeof data.flowId === 'string' && typeof data.type === 'string') listener(data as SaveMessage);
  };
  return () => channel.close();
}
