import { describe, expect, it } from 'vitest';
import { agentEventOf, agentWebhookBodySchema } from '../../src/server/webhooks/agentWebhookBody';
import { createRuntime } from '../../src/runtime';
import { loadExample } from '../simulator/loadExample';

describe('agent webhook: release', () => {
  it('a release delivery becomes agent_release, which hands the chat template back to the bot and on to its satisfaction question', () => {
    const body = agentWebhookBodySchema.parse({ id: 'd-1', chatId: 'chat-1', type: 'release' });
    const event = agentEventOf(body);
    expect(event).toEqual({ type: 'agent_release' });
    const created = createRuntime(loadExample('chat-handover'));
    if (!created.ok) throw new Error('chat template invalid');
    const rt = created.runtime;
    rt.start({ channel: 'web_chat' });
    rt.dispatch({ type: 'user_message', text: 'I want to talk to a human' });
    rt.dispatch(agentEventOf(agentWebhookBodySchema.parse({ id: 'd-0', chatId: 'chat-1', type: 'accept', staffId: 'dana' })));
    const effects = rt.dispatch(event);
    expect(effects.map((e) => e.type)).toContain('conversation_released');
    expect(effects.find((e) => e.type === 'bot_says')).toMatchObject({ text: expect.stringContaining('How happy were you') });
  });

  it('refuses an action it does not know, naming the field', () => {
    const parsed = agentWebhookBodySchema.safeParse({ id: 'd-2', chatId: 'chat-1', type: 'give_back' });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0].path).toEqual(['type']);
  });
});
