import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { OPEN_HOURS, readExample, startTestServer } from './harness';
import { startPostgres, type TestPostgres } from './postgres';

vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

describe('restarting with flow files (PostgreSQL)', () => {
  let pg: TestPostgres;
  beforeAll(async () => {
    pg = await startPostgres();
  });
  afterAll(async () => pg?.stop());

  it('adds a version when a file changed, none when it did not; running conversations keep theirs', async () => {
    const v1 = readExample('chat-handover.baton.json');
    const v2 = readExample('chat-handover.baton.json') as { nodes: { id: string; data: { text?: string } }[] };
    v2.nodes.find((n) => n.id === 'final_message')!.data.text = 'Changed on disk.';

    const first = await startTestServer({ databaseUrl: pg.url, flows: [v1] });
    expect(first.server.loaded).toEqual([{ flowId: 'chat-handover', version: 1, current: true, created: true }]);
    const old = (await first.api('POST', '/v1/conversations', { scene: OPEN_HOURS, refs: { chatId: 'r1' } })).body.id;
    await first.close();

    const second = await startTestServer({ databaseUrl: pg.url, flows: [v2] });
    expect(second.server.loaded).toEqual([{ flowId: 'chat-handover', version: 2, current: true, created: true }]);
    const fresh = (await second.api('POST', '/v1/conversations', { scene: OPEN_HOURS, refs: { chatId: 'r2' } })).body;
    expect(fresh.flowVersion).toBe(2);
    const oldTurn = await second.api('POST', `/v1/conversations/${old}/events`, { type: 'user_message', text: 'Connect me to a person' });
    expect(oldTurn.body.effects.find((e: { type: string }) => e.type === 'bot_says').text).toBe('Thank you! Someone from the team will get back to you.');
    await second.close();

    const third = await startTestServer({ databaseUrl: pg.url, flows: [v2] });
    expect(third.server.loaded).toEqual([{ flowId: 'chat-handover', version: 2, current: true, created: false }]);
    expect((await third.api('GET', '/v1/flows')).body.flows).toEqual([{ flowId: 'chat-handover', currentVersion: 2, versions: [1, 2] }]);
    await third.close();
  });
});
