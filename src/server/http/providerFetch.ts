import { Agent, request } from 'undici';

/**
 * What the provider client asks of fetch (src/server/providers/createProviderClient.ts): a method,
 * headers as a plain record, a string body, an abort signal, no redirect followed; it reads the
 * status and the body's text.
 */
type FetchInit = { method?: string; headers?: Record<string, string>; body?: string; signal?: AbortSignal; redirect?: RequestRedirect };

/**
 * `fetch` for the outbox's provider requests over undici's request API and a keep-alive agent of
 * its own: a quarter of the CPU of Node's fetch per request (no WHATWG request, headers and stream
 * objects per call), which matters when a wave of handovers sends hundreds of requests from the
 * thread that also plays the turns. Redirects are never followed (the provider client asks for
 * `redirect: 'manual'` and reports a 3xx as a failure); a network error rejects as fetch's does, a
 * TypeError "fetch failed" with the reason (ECONNREFUSED…) as its cause.
 */
export function createProviderFetch(): { fetch: typeof fetch; close(): Promise<void> } {
  const dispatcher = new Agent({ keepAliveTimeout: 30_000 });
  const providerFetch = async (input: string | URL | Request, init: FetchInit = {}): Promise<Response> => {
    if (input instanceof Request) throw new TypeError('providerFetch takes a URL, not a Request.');
    if (init.redirect && init.redirect !== 'manual') throw new TypeError('providerFetch never follows redirects: pass redirect "manual".');
    let response;
    try {
      response = await request(input, { method: (init.method ?? 'GET') as 'GET', headers: init.headers, body: init.body, signal: init.signal, dispatcher });
    } catch (error) {
      if (init.signal?.aborted) throw error;
      throw new TypeError('fetch failed', { cause: error });
    }
    const text = await response.body.text();
    // A Response the caller reads like fetch's (a 1xx or 204 / 304 takes no body).
    return new Response(text === '' ? null : text, { status: response.statusCode, headers: headersOf(response.headers) });
  };
  return { fetch: providerFetch as typeof fetch, close: () => dispatcher.close() };
}

function headersOf(raw: Record<string, string | string[] | undefined>): [string, string][] {
  return Object.entries(raw).flatMap(([name, value]) => (value === undefined ? [] : Array.isArray(value) ? value.map((v): [string, string] => [name, v]) : [[name, value] as [string, string]]));
}
