import { afterAll, describe, expect, it } from 'vitest';
import { buildLiveChatHandover, buildTwilioTransfer, type ProviderRequest } from '../../src/runtime';
import type { SendOutcome } from '../../src/server/contracts';
import { createProviderFetch } from '../../src/server/http/providerFetch';
import { createProviderClient, loadProviderConfig } from '../../src/server/providers';
import { startRecordingServer, type ScriptedResponse } from './recordingServer';

// The server sends provider requests through createProviderFetch (undici's request API) instead of
// Node's fetch: every outcome and every request on the wire must be the same as with fetch.
const providerFetch = createProviderFetch();
afterAll(() => providerFetch.close());

const ACCOUNT_SID = 'AC0123456789abcdef0123456789abcdef';

function twilioRequest(): ProviderRequest {
  const built = buildTwilioTransfer({ kind: 'voice', to: '+12025551234', attributes: [], timeoutSeconds: 30 }, false);
  if (!built.ok) throw new Error(built.reason);
  return built.request;
}

const liveChatRequest = (): ProviderRequest => buildLiveChatHandover('staff-3');

/** Sends `request` once with Node's fetch and once with providerFetch against the same script; both outcomes and recorded requests. */
async function both(request: ProviderRequest, script: ScriptedResponse[], timeoutMs = 2000, baseUrl?: string) {
  const results: { outcome: SendOutcome; wire: { method: string; url: string; body: string; headers: Record<string, unknown> }[] }[] = [];
  for (const fetchOption of [undefined, providerFetch.fetch]) {
    const server = await startRecordingServer(script);
    try {
      const config = loadProviderConfig({
        BATON_PUBLIC_URL: 'https://baton.example.com',
        TWILIO_ACCOUNT_SID: ACCOUNT_SID,
        TWILIO_AUTH_TOKEN: 'twilio-token-s3cret',
        TWILIO_API_BASE_URL: baseUrl ?? server.url,
        LIVE_CHAT_API_BASE_URL: baseUrl ?? server.url,
        LIVE_CHAT_API_TOKEN: 'live-chat-s3cret',
      });
      const client = createProviderClient(config, fetchOption ? { fetch: fetchOption } : {});
      const outcome = await client.send(request, { id: 'conv-1', flowId: 'f', flowVersion: 1, refs: { callSid: 'CA1111', chatId: 'chat-9' } }, { idempotencyKey: 'baton-conv-1-5', timeoutMs });
      const wire = server.requests.map((r) => {
        // Transport headers differ between the two clients; what the provider reads does not.
        const { connection: _c, 'user-agent': _u, 'accept-encoding': _e, 'accept-language': _l, 'sec-fetch-mode': _s, accept: _a, host: _h, ...headers } = r.headers;
        return { method: r.method, url: r.url, body: r.body, headers };
      });
      // Each run has its own server and port: the messages name it as <server>.
      const named = outcome.ok ? outcome : { ...outcome, message: outcome.message.replace(baseUrl ?? server.url, '<server>') };
      results.push({ outcome: named, wire });
    } finally {
      await server.close();
    }
  }
  return results;
}

describe('providerFetch: the provider client sends the same requests and reads the same outcomes as with fetch', () => {
  it('a Twilio call update: form body, basic auth, idempotency token; 200 is sent', async () => {
    const [withFetch, withUndici] = await both(twilioRequest(), [{ status: 200, body: '{"sid":"CA1111"}' }]);
    expect(withUndici.outcome).toEqual({ ok: true, status: 200 });
    expect(withUndici).toEqual(withFetch);
    expect(withUndici.wire[0].headers['i-twilio-idempotency-token']).toBe('baton-conv-1-5');
  });

  it('a live-chat handover answered 503 with a body: retryable, the body in the message', async () => {
    const [withFetch, withUndici] = await both(liveChatRequest(), [{ status: 503, body: '{"error":"busy"}' }]);
    expect(withUndici.outcome).toMatchObject({ ok: false, retryable: true, status: 503 });
    expect(withUndici.outcome.ok ? '' : withUndici.outcome.message).toContain('{"error":"busy"}');
    expect(withUndici).toEqual(withFetch);
  });

  it('a redirect is not followed: a 302 is a failure a retry will not fix', async () => {
    const [withFetch, withUndici] = await both(liveChatRequest(), [{ status: 302, body: '' }]);
    expect(withUndici.outcome).toMatchObject({ ok: false, retryable: false, status: 302 });
    expect(withUndici).toEqual(withFetch);
  });

  it('no answer in time: retryable, says how long it waited', async () => {
    const [withFetch, withUndici] = await both(liveChatRequest(), [{ status: 200, delayMs: 1500 }], 200);
    expect(withUndici.outcome).toEqual({ ok: false, retryable: true, message: expect.stringContaining('timed out after 200 ms') });
    expect(withUndici.outcome).toEqual(withFetch.outcome);
  });

  it('a refused connection: retryable, names the reason as with fetch', async () => {
    // A port that was just listened on and closed: nothing listens there (fetch refuses well-known ports like 9 itself).
    const closed = await startRecordingServer();
    await closed.close();
    const [withFetch, withUndici] = await both(liveChatRequest(), [{ status: 200 }], 2000, closed.url);
    expect(withUndici.outcome).toEqual({ ok: false, retryable: true, message: expect.stringContaining('ECONNREFUSED') });
    expect(withUndici.outcome).toEqual(withFetch.outcome);
  });
});
