import { buildTwilioVoicemail } from '../providers/buildTwilioVoicemail';
import { interpolate } from '../interpolate';
import { endConversation, haltTurn } from '../turn';
import { leaveBy, STOP, type Executor } from './stepResult';

/**
 * Sends the live call to voicemail (Twilio <Record>): the caller hears the prompt and a beep and
 * records until silence, a finish key or maxLength; then the call ends. The bot no longer speaks,
 * so the walk goes on only for follow-up steps after it (a ticket, a task, a tag); the validator
 * refuses anything spoken there (voicemail.spoken_after). There is no call to record on a chat.
 */
export const executeVoicemail: Executor<'voicemail'> = (node, turn) => {
  const s = turn.state;
  if (!s.channel.endsWith('voice')) {
    haltTurn(turn, `Voicemail "${node.id}" ran on ${s.channel}, where there is no call to record; route chats elsewhere with a Channel router.`, node.id);
    return STOP;
  }
  const request = buildTwilioVoicemail(node.data, interpolate(node.data.prompt, s.variables));
  turn.emit('voicemail_started', { request, maxLengthSeconds: node.data.maxLengthSeconds, transcribe: node.data.transcribe }, node.id);
  endConversation(turn, 'The caller was sent to voicemail; the call ends after the recording.', node.id);
  return leaveBy('next');
};
