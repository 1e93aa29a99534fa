import type { InputEvent } from '../schema';
import { acceptByAgent } from './handover/acceptByAgent';
import { answerCallbackAsk } from './callback/answerCallbackAsk';
import { abandonQueue } from './handover/abandonQueue';
import { acceptCallback, matchCallbackReply } from './handover/acceptCallback';
import { reportQueue } from './handover/reportQueue';
import { answerWaitUrl, finishVoiceQueue, voiceQueueOf } from './handover/voiceQueue';
import { finishVoiceTransfer } from './handover/finishVoiceTransfer';
import { queueTimedOut } from './handover/queueTimedOut';
import { resolveByAgent } from './handover/resolveByAgent';
import { runTimers } from './runTimers';
import { findMessageTrigger, findTrigger } from './triggers/findTrigger';
import { describeMatch } from './triggers/describeMatch';
import { fireTrigger } from './triggers/fireTrigger';
import { endConversation, type Turn } from './turn';

/** Repeated failure: "Maximum of 2 retries" (product page), whatever a document asks for. */
const MAX_RETRIES = 2;

/** Why the bot cannot act on what the user or the AI did, or null when it can. */
function whyBotIsDeaf(turn: Turn): string | null {
  const s = turn.state;
  if (s.endedReason !== null) return 'The conversation has ended.';
  if (s.handover) {
    return s.handover.destination === 'messenger'
      ? 'The Page Inbox owns the Messenger thread; the bot waits until control comes back.'
      : 'A person owns the conversation; the bot does not answer.';
  }
  if (s.pausedUntil !== null) return `The bot is paused until ${s.pausedUntil} ms.`;
  return null;
}

/** Applies one input event to the conversation. Every event either acts or says why it did not. */
export function handleEvent(turn: Turn, event: InputEvent): void {
  const s = turn.state;
  const ignore = (reason: string) => turn.emit('ignored', { event: event.type, reason });
  const keepsRunning = event.type === 'advance' || event.type === 'agents_available' || event.type === 'business_hours';
  if (s.endedReason !== null && !keepsRunning) return ignore('The conversation has ended.');

  switch (event.type) {
    case 'user_message':
    case 'ai_no_answer':
    case 'ai_answer_failed': {
      // A reply to the callback offer is for the queue, not the bot.
      const callback = event.type === 'user_message' ? matchCallbackReply(turn, event.text) : null;
      if (callback !== null) return acceptCallback(turn, callback);
      // A reply to an Offer callback node is the number, or its confirmation.
      if (event.type === 'user_message' && s.callbackAsk) return answerCallbackAsk(turn, event.text);
      const deaf = whyBotIsDeaf(turn);
      if (deaf) return ignore(deaf);
      if (event.type === 'user_message') {
        const match = findMessageTrigger(turn.index, event.text);
        if (match.fired) return fireTrigger(turn, match.fired);
        const closest = match.closest ? ` Closest: “${match.closest.text}”, ${describeMatch(match.closest)}.` : '';
        return ignore(`No enabled scenario matched this message; the AI agent answers it.${closest}`);
      }
      if (event.type === 'ai_no_answer') {
        const match = findTrigger(turn.index, 'trigger_knowledge_gap');
        return match ? fireTrigger(turn, match) : ignore('No enabled knowledge gap scenario.');
      }
      const match = findTrigger(turn.index, 'trigger_repeated_failure');
      if (!match || match.node.type !== 'trigger_repeated_failure') return ignore('No enabled repeated failure scenario.');
      const max = Math.min(match.node.data.retries, MAX_RETRIES);
      s.failureCount += 1;
      if (s.failureCount <= max) return turn.emit('retry', { count: s.failureCount, max }, match.node.id);
      s.failureCount = 0;
      return fireTrigger(turn, match);
    }
    case 'advance':
      return runTimers(turn, s.now + event.ms);
    case 'agents_available':
      s.agentsAvailable = event.available;
      return;
    case 'business_hours':
      s.withinHours = event.open;
      return;
    case 'transfer_outcome':
      if (s.handover?.destination !== 'voice' || s.handover.phase !== 'ringing') return ignore('No voice transfer is ringing.');
      return finishVoiceTransfer(turn, event.outcome);
    case 'agent_accept':
      if (s.handover?.phase !== 'queued') return ignore('No conversation is waiting for an agent.');
      return acceptByAgent(turn, event.staffId);
    case 'agent_decline':
      if (s.handover?.phase !== 'queued') return ignore('No conversation is waiting for an agent.');
      if (s.handover.destination !== 'live_chat' || s.inbox.queue !== 'assigned') {
        return ignore('The conversation stays in the queue for another agent.');
      }
      // The assignee turned it down: it goes back to Live chat → Unassigned for someone to claim.
      s.contact.assigneeId = null;
      s.inbox.queue = 'unassigned';
      return turn.emit('left_unassigned', { queue: 'Unassigned' }, s.handover.nodeId);
    case 'agent_reply':
      if (s.handover?.phase !== 'connected') return ignore('No agent has joined the conversation.');
      return turn.emit('agent_says', { text: event.text }, s.handover.nodeId);
    case 'agent_resolve':
      if (!s.handover || s.handover.phase === 'ringing') return ignore('No person owns the conversation.');
      return resolveByAgent(turn);
    case 'agent_release':
      if (!s.handover || s.handover.phase === 'ringing') return ignore('No person owns the conversation.');
      if (s.handover.destination === 'voice') return ignore('A transferred call cannot go back to the bot: the agent ends it (agent_resolve).');
      return resolveByAgent(turn, 'released');
    case 'queue_timeout':
      if (s.handover?.phase !== 'queued') return ignore('No conversation is waiting in a queue.');
      return queueTimedOut(turn);
    case 'user_left': {
      const reason = s.channel.endsWith('voice') ? 'The caller hung up.' : 'The user left.';
      if (s.handover?.phase === 'queued') return abandonQueue(turn, reason);
      return endConversation(turn, reason);
    }
    case 'queue_update':
      if (s.handover?.phase !== 'queued') return ignore('No conversation is waiting in a queue.');
      reportQueue(turn, event.position, event.waitMinutes);
      // A caller in a Twilio queue: this is the wait URL asking what they hear next.
      if (voiceQueueOf(turn)) answerWaitUrl(turn, voiceQueueOf(turn)!);
      return;
    case 'queue_result':
      if (s.handover?.destination !== 'voice' || !s.handover.wait) return ignore('No call is waiting in a Twilio queue.');
      if (!finishVoiceQueue(turn, event.result)) return ignore(`QueueResult ${event.result} changes nothing: ${event.result === 'bridging-in-process' ? 'bridged follows' : 'the call has already left the queue'}.`);
      return;
  }
}
