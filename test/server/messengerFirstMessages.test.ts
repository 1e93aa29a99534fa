import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startOrJoin } from '../../src/server/webhooks/startOrJoin';
import { hubSignature, TEST_SECRETS } from './webhooks/webhookHarness';
import { readExample, startTestServer, type TestServer } from './harness';
import { startPostgres } from './postgres';

// Embedded PGlite creates its cluster in the test (initdb in WASM takes seconds on a busy machine).
vi.setConfig({ testTimeout: 60_000, hookTimeout: 120_000 });

const PAGE_ID = '682498302938465';

/** One Messenger delivery with one text message from `psid` (Meta's `messages` event). */
function delivery(psid: string, mid: string, text: string): string {
  return JSON.stringify({
    object: 'page',
    entry: [{ id: PAGE_ID, time: 1458692752478, messaging: [{ sender: { id: psid }, recipient: { id: PAGE_ID }, timestamp: 1458692752478, message: { mid, text } }] }],
  });
}

async function postDelivery(t: TestServer, body: string): Promise<{ status: number; body: unknown }> {
  const res = await fetch(`${t.server.url}/webhooks/messenger`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-hub-signature-256': hubSignature(body) },
    body,
  });
  return { status: res.status, body: await res.json() };
}

/**
 * A person's first two messages arrive at the same moment (Meta sends each in its own delivery):
 * both find no conversation for the PSID and both start one. The PSID ref is unique, so one start
 * wins; the other must join that conversation and apply its message there, not fail (Meta would
 * resend it much later, out of order) nor leave a second conversation.
 */
function describeFirstMessages(backend: string, setup: () => Promise<{ databaseUrl?: string; teardown?: () => Promise<void> }>) {
  describe(`two first Messenger messages from one PSID at once, on ${backend}`, () => {
    let t: TestServer;
    let teardown: (() => Promise<void>) | undefined;
    beforeAll(async () => {
      const db = await setup();
      teardown = db.teardown;
      t = await startTestServer({ databaseUrl: db.databaseUrl, flows: [readExample('messenger-handover.baton.json')], env: { MESSENGER_APP_SECRET: TEST_SECRETS.MESSENGER_APP_SECRET } });
    });
    afterAll(async () => {
      await t?.close();
      await teardown?.();
    });

    it('make one conversation holding both messages, for each of several people', async () => {
      const people = Array.from({ length: 5 }, (_, i) => `90000000000000${i}`);
      const answers = await Promise.all(
        people.flatMap((psid) => [
          postDelivery(t, delivery(psid, `mid.${psid}.a`, 'Hello?')),
          postDelivery(t, delivery(psid, `mid.${psid}.b`, 'Anyone there?')),
        ]),
      );
      for (const answer of answers) expect(answer, JSON.stringify(answer.body)).toEqual({ status: 200, body: { ok: true, handled: 1 } });

      const { rows } = await t.server.db.query<{ psid: string; conversations: number; inputs: number }>(
        `SELECT c.refs->>'psid' AS psid, count(DISTINCT c.id)::int AS conversations, count(i.n)::int AS inputs
         FROM conversations c LEFT JOIN inputs i ON i.conversation_id = c.id WHERE c.refs ? 'psid' GROUP BY 1 ORDER BY 1`,
      );
      expect(rows).toEqual(people.map((psid) => ({ psid, conversations: 1, inputs: 2 })));
      const texts = await t.server.db.query<{ text: string }>(
        `SELECT i.event->>'text' AS text FROM inputs i JOIN conversation_refs r ON r.conversation_id = i.conversation_id WHERE r.kind = 'psid' AND r.value = $1 ORDER BY 1`,
        [people[0]],
      );
      expect(texts.rows.map((r) => r.text)).toEqual(['Anyone there?', 'Hello?']);
    });

    it('two starts at once (both looked the PSID up before either stored it): one conversation, both callers get it', async () => {
      const input = { scene: { channel: 'messenger' as const }, refs: { pageId: PAGE_ID } };
      const [a, b] = await Promise.all([startOrJoin(t.server.service, 'psid', 'race-psid', input), startOrJoin(t.server.service, 'psid', 'race-psid', input)]);
      expect(a.id).toBe(b.id);
      expect(a.refs).toEqual({ psid: 'race-psid', pageId: PAGE_ID });
      const { rows } = await t.server.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM conversations WHERE refs->>'psid' = 'race-psid'`);
      expect(rows[0].n).toBe(1);
      // Another kind of failure is not taken for a lost race.
      await expect(startOrJoin(t.server.service, 'psid', 'other-psid', { ...input, flowId: 'no-such-flow' })).rejects.toThrow('no-such-flow');
    });
  });
}

describeFirstMessages('embedded PGlite', async () => ({}));
describeFirstMessages('PostgreSQL', async () => {
  const pg = await startPostgres();
  return { databaseUrl: pg.url, teardown: pg.stop };
});
