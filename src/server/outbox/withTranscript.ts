import type { Queryable } from '../db/database';
import type { LiveChatContext } from '../providers/fillLiveChatRequest';
import { asZendeskChatMessage } from '../providers/waitingMessageRequests';
import { idempotencyKeyOf } from '../conversations/saveTurn';
import type { OutboxRequest } from './outboxRequests';

type TranscriptLine = NonNullable<LiveChatContext['transcript']>[number];

/**
 * A conversation's messages before effect `beforeSeq` as SQL rows (pos, sub, from, text): what the
 * person wrote (the `user_message` inputs) and what the bot and agents said (`bot_says`,
 * `agent_says` effects); the last ones come first with ORDER BY pos DESC, sub DESC (a user message
 * comes before the effects of its own turn). The arguments are SQL expressions: parameters here, the
 * outbox row's columns in the outbox's claim (src/server/outbox/dispatchOutbox.ts).
 */
export const transcriptLinesSql = (conversationId: string, beforeSeq: string) =>
  `SELECT first_seq AS pos, 0 AS sub, 'user' AS "from", event->>'text' AS text
     FROM inputs WHERE conversation_id = ${conversationId} AND event->>'type' = 'user_message' AND first_seq <= ${beforeSeq}
   UNION ALL
   SELECT seq, 1, CASE type WHEN 'bot_says' THEN 'bot' ELSE 'agent' END, effect->>'text'
     FROM effects WHERE conversation_id = ${conversationId} AND type IN ('bot_says', 'agent_says') AND seq < ${beforeSeq}`;

/** The last `limit` messages of a conversation before effect `beforeSeq`, oldest first (see transcriptLinesSql). */
export async function readTranscript(q: Queryable, conversationId: string, beforeSeq: number, limit: number): Promise<TranscriptLine[]> {
  const { rows } = await q.query<{ from: TranscriptLine['from']; text: string }>(
    `SELECT "from", text FROM (${transcriptLinesSql('$1', '$2')}) lines ORDER BY pos DESC, sub DESC LIMIT $3`,
    [conversationId, beforeSeq, limit],
  );
  return rows.reverse().map((r) => ({ from: r.from, text: r.text }));
}

/** The operation of the conversation's latest handover request before effect `beforeSeq` (transferToDepartment, passControl…), or null. */
async function latestHandoverOperation(q: Queryable, conversationId: string, beforeSeq: number): Promise<string | null> {
  const { rows } = await q.query<{ operation: string | null }>(
    `SELECT effect->'request'->>'operation' AS operation FROM effects
      WHERE conversation_id = $1 AND type = 'handover' AND seq < $2 ORDER BY seq DESC LIMIT 1`,
    [conversationId, beforeSeq],
  );
  return rows[0]?.operation ?? null;
}

/**
 * What the log knows that the turn storing the row did not, added just before the request is sent:
 * - a live-chat handover whose context asks for the transcript gets it: `transcriptMessages`
 *   becomes `transcript`, the last that many messages before the handover;
 * - a waiting message on the `zendesk` channel goes the way its handover went: after a Zendesk Chat
 *   handover (department routing, `transferToDepartment`) it is the Chat Conversations API's
 *   `sendMessage`, after a messaging one (`passControl`) a Sunshine Conversations message. The
 *   stored state does not say which mode the handover used; its request in the log does.
 * Any other request is unchanged.
 */
export async function withTranscript(q: Queryable, conversationId: string, seq: number, request: OutboxRequest, known?: TranscriptLine[]): Promise<OutboxRequest> {
  if (request.provider === 'zendesk' && 'operation' in request && request.operation === 'postMessage') {
    const operation = await latestHandoverOperation(q, conversationId, seq);
    return operation === 'transferToDepartment' ? asZendeskChatMessage(request, idempotencyKeyOf(conversationId, seq)) : request;
  }
  if (request.provider !== 'live_chat' || 'operation' in request) return request;
  const context = (request.body as { context?: LiveChatContext }).context;
  if (!context?.transcriptMessages) return request;
  const { transcriptMessages, ...rest } = context;
  // `known`: read already (the outbox's claim reads it with the row), else read now.
  const transcript = known ?? (await readTranscript(q, conversationId, seq, transcriptMessages));
  return { ...request, body: { ...request.body, context: { ...rest, transcript } } };
}
