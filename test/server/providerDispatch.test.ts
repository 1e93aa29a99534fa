import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startTestServer, waitFor, type TestServer } from './harness';
import { startRecordingServer } from './recordingServer';

vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

const APP_ID = '5d8cff3cd55b040010928b5b';

/** Human requested → a Zendesk messaging handover on the switchboard, with the whole conversation for the agent. */
const switchboardFlow = {
  format: 'baton.flow',
  version: 1,
  id: 'zendesk-switchboard',
  name: 'Zendesk messaging switchboard',
  settings: { channels: ['zendesk'], staff: [{ id: 'dana', name: 'Dana' }] },
  nodes: [
    { id: 't', type: 'trigger_human_requested', data: { enabled: true, phrases: ['Connect me to a person'] } },
    {
      id: 'h',
      type: 'handover',
      data: {
        destination: {
          kind: 'zendesk',
          mode: 'messaging_switchboard',
          history: 'whole_conversation',
          switchboardMetadata: [{ key: 'reason', value: 'asked for {{topic}}' }],
        },
      },
    },
    { id: 'sorry', type: 'message', data: { text: 'Nobody is online; we will write back.' } },
  ],
  edges: [
    { id: 'e1', source: 't', sourcePort: 'next', target: 'h' },
    { id: 'e2', source: 'h', sourcePort: 'no_agents', target: 'sorry' },
  ],
};

describe('the outbox sends the Zendesk switchboard passControl (PGlite)', () => {
  let t: TestServer;
  let sunshine: Awaited<ReturnType<typeof startRecordingServer>>;
  beforeAll(async () => {
    sunshine = await startRecordingServer();
    t = await startTestServer({
      flows: [switchboardFlow],
      env: {
        ZENDESK_CONVERSATIONS_API_URL: `${sunshine.url}/sc`,
        ZENDESK_CONVERSATIONS_APP_ID: APP_ID,
        ZENDESK_CONVERSATIONS_KEY_ID: 'key-id',
        ZENDESK_CONVERSATIONS_KEY_SECRET: 'key-s3cret',
      },
    });
  });
  afterAll(async () => {
    await t?.close();
    await sunshine?.close();
  });

  it('fills the app, the conversation and the first message id, once, with the outbox idempotency key', async () => {
    const created = await t.api('POST', '/v1/conversations', {
      scene: { channel: 'zendesk', variables: { topic: 'billing', first_message_id: '603012d7e0a3f9000c879b67' } },
      refs: { chatId: '029c31f25a21b47effd7be90' },
    });
    expect(created.status).toBe(201);
    const turn = await t.api('POST', `/v1/conversations/${created.body.id}/events`, { type: 'user_message', text: 'Connect me to a person' });
    expect(turn.body.effects.find((e: { type: string }) => e.type === 'handover')).toMatchObject({ request: { operation: 'passControl' } });

    const sent = await waitFor(() => sunshine.requests[0], 20_000, 'the passControl request');
    expect(sent.url).toBe(`/sc/v2/apps/${APP_ID}/conversations/029c31f25a21b47effd7be90/passControl`);
    expect(sent.headers.authorization).toBe(`Basic ${Buffer.from('key-id:key-s3cret').toString('base64')}`);
    expect(sent.headers['idempotency-key']).toBeTruthy();
    expect(JSON.parse(sent.body)).toEqual({
      switchboardIntegration: 'zd:agentWorkspace',
      metadata: { reason: 'asked for billing', first_message_id: '603012d7e0a3f9000c879b67' },
    });
    // Sent once: the outbox marks it delivered and never sends it again.
    await new Promise((r) => setTimeout(r, 1_500));
    expect(sunshine.requests).toHaveLength(1);
    expect(t.logs.join('')).not.toContain('key-s3cret');
  });
});
