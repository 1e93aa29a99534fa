import { expect } from 'vitest';
import type { Effect } from '../../../src/runtime';
import { PUBLIC_URL, startWebhookApp, twilioSignature } from './webhookHarness';

export const CALL_SID = 'CA7c3e5a1b9d8f7e6d5c4b3a2918f7e6d5';
export const WAIT = '/webhooks/twilio/queue/wait';
export const GATHER = '/webhooks/twilio/queue/gather';
export const ACTION = '/webhooks/twilio/queue/action';
export const XML = '<?xml version="1.0" encoding="UTF-8"?>';
export const MINUTE = 60_000;

/** A turn that waits for the caller: its verbs in a <Gather> to the conversation's gather route, then the last question once more, reported even when silent. */
export function gatherTwiml(conversationId: string, verbs: string, question = verbs.slice(verbs.lastIndexOf('<Say>'))) {
  const gather = `<Gather input="dtmf speech" action="${PUBLIC_URL}/webhooks/twilio/gather/${conversationId}" method="POST" timeout="5" speechTimeout="auto"`;
  return `${XML}<Response>${gather}>${verbs}</Gather>${gather} actionOnEmptyResult="true">${question}</Gather></Response>`;
}

/** A phone call on the voice example whose SIP desk and Zendesk number both reject it: it waits in the Twilio support queue. */
export async function queuedCall() {
  const harness = await startWebhookApp();
  const { service } = harness.memory;
  const created = await service.create({ flowId: 'voice-zendesk', scene: { channel: 'phone_voice' }, refs: { callSid: CALL_SID } });
  await service.apply(created.id, { type: 'user_message', text: 'Connect me to a person' });
  await service.apply(created.id, { type: 'transfer_outcome', outcome: 'rejected' });
  const turn = await service.apply(created.id, { type: 'transfer_outcome', outcome: 'rejected' });
  const enqueue = turn.effects.find((e): e is Extract<Effect, { type: 'handover' }> => e.type === 'handover' && e.nodeId === 'support_queue');
  expect(enqueue?.request).toMatchObject({ provider: 'twilio', target: 'queue' });
  harness.memory.calls.length = 0;
  const post = (path: string, form: Record<string, string>, headers: Record<string, string> = {}) => {
    const body = new URLSearchParams({ CallSid: CALL_SID, AccountSid: 'AC0123456789abcdef0123456789abcdef', ...form }).toString();
    return harness.app.inject({
      method: 'POST',
      url: path,
      payload: body,
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': twilioSignature(`${PUBLIC_URL}${path}`, body), ...headers },
    });
  };
  const advance = (ms: number) => service.apply(created.id, { type: 'advance', ms });
  return { ...harness, conversationId: created.id, enqueue: enqueue!, post, advance, gatherPath: `/webhooks/twilio/gather/${created.id}` };
}
