import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  /** Path and query, as the client sent them. */
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
  /** When it arrived, epoch ms. */
  at: number;
}

export interface ScriptedResponse {
  status: number;
  body?: string;
  /** Wait this long before answering (to trip the client's timeout). */
  delayMs?: number;
}

/** How to answer the index-th request: a status (with a small JSON body) or a full response. */
export type Answer = (request: RecordedRequest, index: number) => number | ScriptedResponse;

/** A script of answers in order, the last one repeating. */
const fromScript = (script: ScriptedResponse[]): Answer => (_request, index) => script[Math.min(index, script.length - 1)];

/**
 * A real HTTP server on 127.0.0.1 that records every request and answers it: a stand-in for
 * Twilio, Meta, Zendesk, the live-chat inbox or an outbound-webhook receiver in tests.
 */
export async function startRecordingServer(answerWith: Answer | ScriptedResponse[] = () => 200) {
  const requests: RecordedRequest[] = [];
  let answer = Array.isArray(answerWith) ? fromScript(answerWith) : answerWith;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const recorded = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks).toString('utf8'), at: Date.now() };
      requests.push(recorded);
      const given = answer(recorded, requests.length - 1);
      const response = typeof given === 'number' ? { status: given, body: JSON.stringify({ ok: given < 300 }) } : given;
      const reply = () => {
        if (res.destroyed) return;
        res.writeHead(response.status, { 'content-type': 'application/json' }).end(response.body ?? '');
      };
      if (typeof given !== 'number' && given.delayMs) setTimeout(reply, given.delayMs);
      else reply();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    answerWith(next: Answer) {
      answer = next;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
