import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { validateDocument } from '../../rules/validateDocument';
import { EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, type CliCommand } from '../command';
import { formatDiagnostics } from '../formatDiagnostics';
import type { CliIo } from '../io';
import { parseOptions } from '../parseOptions';
import { readJsonFile } from '../readJsonFile';
import { usageError as flowUsageError } from '../flowCommandArgs';

const USAGE = `Usage: baton serve FLOW.json|DIR ... [--port 8787] [--host 127.0.0.1] [--data .baton] [--insecure-dev]

Runs flows for real: an HTTP API to start conversations and send them events, provider
webhooks (Twilio, Messenger, Zendesk), durable timers and an outbox that sends the handover
requests. A DIR runs every *.json file in it; the first flow is the default one. A flow with
validation errors is refused (the same messages as baton validate) and the server does not start.
Storage: embedded PostgreSQL (PGlite) in --data, or PostgreSQL when DATABASE_URL is set.
  --port N         port to listen on (default 8787; 0 picks a free one)
  --host ADDR      address to listen on (default 127.0.0.1; 0.0.0.0 for every interface)
  --data DIR       embedded database folder (default .baton)
  --insecure-dev   run without BATON_API_KEY (anyone who can reach the port may use the API)

Environment: BATON_API_KEY, DATABASE_URL, BATON_WEBHOOK_URL, BATON_WEBHOOK_SECRET and the
provider settings; see docs/server.md. Stops on SIGINT / SIGTERM.
Exit codes: 0 stopped cleanly, 1 a flow has errors, 2 bad usage, configuration or unreadable file.
`;

const usageError = (io: CliIo, message: string) => flowUsageError(io, 'serve', USAGE, message);

/** The flow files named: files as given, directories expanded to their *.json files in name order. */
async function expandPaths(paths: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => null);
    if (info?.isDirectory()) {
      const names = (await readdir(path)).filter((n) => n.endsWith('.json')).sort();
      files.push(...names.map((n) => join(path, n)));
    } else files.push(path);
  }
  return files;
}

/** Resolves on the first SIGINT or SIGTERM. */
const untilSignal = () =>
  new Promise<string>((resolve) => {
    const stop = (signal: string) => resolve(signal);
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });

export const serve: CliCommand = {
  name: 'serve',
  summary: 'Run flows as a server: conversation API, provider webhooks, timers',
  usage: USAGE,
  async run(argv, io) {
    const parsed = parseOptions(argv, {
      port: { type: 'string', short: 'p', default: '8787' },
      host: { type: 'string', default: '127.0.0.1' },
      data: { type: 'string', default: '.baton' },
      'insecure-dev': { type: 'boolean', default: false },
    });
    if (!parsed.ok) return usageError(io, parsed.message);
    const port = Number(parsed.values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535) return usageError(io, `--port must be a port number (0–65535); it is "${String(parsed.values.port)}".`);
    if (parsed.positionals.length === 0) return usageError(io, 'Give at least one flow file or directory.');

    const files = await expandPaths(parsed.positionals);
    if (files.length === 0) return usageError(io, `No .json flow files in ${parsed.positionals.join(', ')}.`);
    const flows: { source: string; document: unknown }[] = [];
    let broken = false;
    for (const file of files) {
      const read = await readJsonFile(file, io);
      if (!read.ok) {
        io.stderr(`baton serve: ${read.message}\n`);
        return EXIT_USAGE;
      }
      const { flow, diagnostics } = validateDocument(read.value);
      const errors = diagnostics.filter((d) => d.severity === 'error');
      if (errors.length > 0) {
        io.stderr(`baton serve: ${file} has errors, so it cannot run:\n${formatDiagnostics(errors, flow)}`);
        broken = true;
      }
      flows.push({ source: file, document: read.value });
    }
    if (broken) return EXIT_PROBLEMS;

    // The server loads only when asked to serve: the other commands never pay for it.
    const { loadServerConfig, ConfigError } = await import('../../server/serverConfig');
    const { startServer } = await import('../../server/startServer');
    const { loadProviderConfig, ProviderConfigError } = await import('../../server/providers');
    let server;
    try {
      const config = loadServerConfig(process.env, { insecureDev: parsed.values['insecure-dev'] === true });
      const providers = loadProviderConfig(process.env);
      server = await startServer({
        config,
        flows,
        dataDir: String(parsed.values.data),
        port,
        host: String(parsed.values.host),
        providers,
      });
      if (config.apiKey === null) io.stderr('baton serve: --insecure-dev: the API takes requests without a key. Do not expose this port.\n');
      const where = config.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `embedded PGlite in ${String(parsed.values.data)}`;
      const list = server.loaded.map((f) => `${f.flowId} v${f.version}${f.created ? ' (new)' : ''}${f.current ? '' : ' (not current)'}`).join(', ');
      io.stdout(`baton serve: listening on ${server.url} — flows: ${list}; storage: ${where}\n`);
    } catch (error) {
      if (error instanceof ConfigError || error instanceof ProviderConfigError) {
        io.stderr(`baton serve: ${error.message}\n`);
        return EXIT_USAGE;
      }
      throw error;
    }
    const signal = await untilSignal();
    io.stderr(`baton serve: ${signal}, stopping…\n`);
    await server.close();
    return EXIT_OK;
  },
};
