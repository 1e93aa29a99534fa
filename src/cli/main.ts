import { pathToFileURL } from 'node:url';
import { EXIT_OK, EXIT_USAGE, type CliCommand } from './command';
import { escapeControls } from './escapeControls';
import { nodeIo, type CliIo } from './io';

type Loader = () => Promise<CliCommand | undefined>;

function isCommand(value: unknown): value is CliCommand {
  const c = value as CliCommand | null;
  return !!c && typeof c === 'object' && typeof c.name === 'string' && typeof c.run === 'function';
}

/** A command module's command: its default export or the exported CliCommand-shaped value. */
function commandOf(mod: Record<string, unknown>): CliCommand | undefined {
  return isCommand(mod.default) ? mod.default : Object.values(mod).find(isCommand);
}

/**
 * The registry, in the order `--help` lists it. Modules load lazily so `baton schema` does not pay
 * for the runtime. Adding a command = one line here and one module in commands/.
 */
const COMMANDS: Record<string, Loader> = {
  validate: async () => commandOf(await import('./commands/validate')),
  run: async () => commandOf(await import('./commands/run')),
  test: async () => commandOf(await import('./commands/test')),
  schema: async () => commandOf(await import('./commands/schema')),
  serve: async () => commandOf(await import('./commands/serve')),
};

async function loadCommands(): Promise<CliCommand[]> {
  const loaded = await Promise.all(Object.values(COMMANDS).map((load) => load()));
  return loaded.filter(isCommand);
}

async function renderHelp(): Promise<string> {
  const commands = await loadCommands();
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    'Usage: baton COMMAND [options]',
    '',
    'Baton checks, runs and tests bot-to-human handover flows (flow format v1).',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Run "baton help COMMAND" for a command\'s options.',
    'Exit codes: 0 ok, 1 problems found, 2 bad usage or unreadable input.',
    '',
  ].join('\n');
}

function lookup(name: string): Loader | undefined {
  return Object.prototype.hasOwnProperty.call(COMMANDS, name) ? COMMANDS[name] : undefined;
}

async function unknownCommand(name: string, io: CliIo): Promise<number> {
  io.stderr(`baton: unknown command "${name}".\n\n${await renderHelp()}`);
  return EXIT_USAGE;
}

/** Runs the CLI in-process: argv without `node` and the script; returns the exit code. */
export async function main(argv: readonly string[], terminal: CliIo): Promise<number> {
  // Whatever a command prints may quote the flow file: no control character reaches the terminal.
  const io: CliIo = { ...terminal, stdout: (s) => terminal.stdout(escapeControls(s)), stderr: (s) => terminal.stderr(escapeControls(s)) };
  const [first, ...rest] = argv;
  if (first === undefined) {
    io.stderr(await renderHelp());
    return EXIT_USAGE;
  }
  if (first === '--help' || first === '-h' || (first === 'help' && rest.length === 0)) {
    io.stdout(await renderHelp());
    return EXIT_OK;
  }
  const name = first === 'help' ? rest[0] : first;
  const load = lookup(name);
  const command = load && (await load());
  if (!command) return unknownCommand(name, io);
  if (first === 'help' || rest.includes('--help') || rest.includes('-h')) {
    io.stdout(command.usage);
    return EXIT_OK;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    // A bug, not a problem in the user's flow: say so, with the stack for the report.
    io.stderr(`baton ${name}: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return EXIT_USAGE;
  }
}

// `tsx src/cli/main.ts …` (npm run baton); bin/baton.mjs imports main() instead.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main(process.argv.slice(2), nodeIo);
}
