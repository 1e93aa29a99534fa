/**
 * The request that leaves a conversation in the Live chat inbox.
 * Source: Moveo "Handover" page — "All conversations where the AI Agent has left the chat and have
 * not been assigned to an agent are available in the Live chat menu, under the Unassigned section."
 * Baton has no provider API to mirror here, so the request says exactly that: which queue, whom.
 */
export interface LiveChatHandoverRequest {
  provider: 'live_chat';
  method: 'POST';
  path: '/live-chat/conversations/{conversationId}/handover';
  body: {
    /** `unassigned` = Live chat → Unassigned until someone claims it; `assigned` = straight to a person. */
    queue: 'unassigned' | 'assigned';
    assigneeId: string | null;
  };
}

export function buildLiveChatHandover(assigneeId: string | null): LiveChatHandoverRequest {
  return {
    provider: 'live_chat',
    method: 'POST',
    path: '/live-chat/conversations/{conversationId}/handover',
    body: { queue: assigneeId ? 'assigned' : 'unassigned', assigneeId },
  };
}
