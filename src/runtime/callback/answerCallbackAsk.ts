import { CALLBACK_NUMBER_VARIABLE } from '../../schema';
import { createContactTask } from '../executors/createContactTask';
import { interpolate } from '../interpolate';
import { buildZendeskCallbackRequest } from '../providers/buildZendeskCallbackRequest';
import type { Turn } from '../turn';
import { continueFrom } from '../walkFrom';
import { readCallbackNumber } from './readCallbackNumber';

const YES = /^\s*(yes|yeah|yep|yup|correct|right|that's right|that is right|sure|ok|okay)\b/i;
const NO = /^\s*(no|nope|wrong|incorrect|not right|that's wrong)\b/i;

/**
 * The user's reply to a waiting Offer callback node. Asked for the number: a valid one is kept
 * in {{callback_number}} (E.164) and read back; anything else counts as a failure and asks again.
 * Asked to confirm: "yes" creates the callback task (the Create task effect and timer) and, with a
 * Zendesk Talk number id, a Zendesk callback request, then leaves by `scheduled`; "no" asks for the
 * number again; a new number in place of yes/no is read back instead. After maxAttempts failures
 * the node leaves by `failed`.
 */
export function answerCallbackAsk(turn: Turn, text: string): void {
  const s = turn.state;
  const ask = s.callbackAsk;
  if (!ask) return;
  const node = turn.index.nodes.get(ask.nodeId);
  if (node?.type !== 'offer_callback') {
    s.callbackAsk = undefined;
    return;
  }
  const data = node.data;
  const say = (template: string) => turn.emit('bot_says', { text: interpolate(template, s.variables) }, node.id);
  const fail = (retry: string) => {
    const failures = ask.failures + 1;
    if (failures >= data.maxAttempts) {
      s.callbackAsk = undefined;
      continueFrom(turn, node.id, 'failed');
      return;
    }
    s.callbackAsk = { nodeId: node.id, step: 'number', failures };
    say(retry);
  };

  if (ask.step === 'confirm' && YES.test(text)) {
    s.callbackAsk = undefined;
    const number = s.variables[CALLBACK_NUMBER_VARIABLE];
    const taskId = createContactTask(turn, { ...data, title: interpolate(data.title, s.variables) }, node.id);
    const request = data.zendeskPhoneNumberId === '' ? null : buildZendeskCallbackRequest(data.zendeskPhoneNumberId, number);
    turn.emit('callback_requested', { number, taskId, request }, node.id);
    say(data.done);
    continueFrom(turn, node.id, 'scheduled');
    return;
  }
  if (ask.step === 'confirm' && NO.test(text)) return fail(data.ask);

  const read = readCallbackNumber(text, data.defaultCountry, data.validateNumber);
  if (!read.ok) return fail(data.invalid);
  s.variables = { ...s.variables, [CALLBACK_NUMBER_VARIABLE]: read.e164 };
  s.callbackAsk = { nodeId: node.id, step: 'confirm', failures: ask.failures };
  say(data.confirm);
}
