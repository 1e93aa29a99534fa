import { describe, expect, it, vi } from 'vitest';
import { OPEN_HOURS, waitFor } from './harness';
import { postgresServerForSuite } from './postgresSuite';

vi.setConfig({ testTimeout: 60_000, hookTimeout: 90_000 });

describe('the job thread (PostgreSQL)', () => {
  const suite = postgresServerForSuite();

  const handover = async (chatId: string) => {
    const { t } = suite;
    const created = await t.api('POST', '/v1/conversations', { scene: OPEN_HOURS, refs: { chatId } });
    expect(created.status).toBe(201);
    const turn = await t.api('POST', `/v1/conversations/${created.body.id}/events`, { type: 'user_message', text: 'Connect me to a person' });
    expect(turn.body.effects.map((e: { type: string }) => e.type)).toContain('handover');
    return created.body.id as string;
  };
  const sentFor = (id: string) => waitFor(() => suite.t.provider.requests.find((r) => String(r.headers['idempotency-key'] ?? '').startsWith(`baton-${id}-`)), 20_000, `the handover request of ${id}`);

  it('sends the provider requests from a thread of its own, and a thread that dies is logged and started again', async () => {
    const { t } = suite;
    const thread = t.server.jobThread;
    expect(thread, 'PostgreSQL runs the job handlers on a thread').toBeDefined();
    await sentFor(await handover('thread-before'));

    await thread!.terminate();
    await waitFor(() => (thread!.restarts === 1 ? true : undefined), 20_000, 'the job thread to start again');
    expect(t.logs.join('')).toContain('The job thread stopped');
    // The thread started again takes the jobs queued since.
    const after = await handover('thread-after');
    const sent = await sentFor(after);
    expect(t.provider.requests.filter((r) => r.headers['idempotency-key'] === sent.headers['idempotency-key'])).toHaveLength(1);
  });
});
