import { EXIT_USAGE } from './command';
import type { CliIo } from './io';
import { parseOptions } from './parseOptions';
import type { ParseArgsConfig } from 'node:util';

type Options = NonNullable<ParseArgsConfig['options']>;

/** `baton NAME: message`, a blank line and the command's usage on stderr; exit 2. */
export function usageError(io: Pick<CliIo, 'stderr'>, name: string, usage: string, message: string): number {
  io.stderr(`baton ${name}: ${message}\n\n${usage}`);
  return EXIT_USAGE;
}

export type FlowArgs =
  | { ok: true; format: 'text' | 'json'; path: string; values: Record<string, string | boolean | undefined> }
  | { ok: false; exit: number };

/**
 * The start every command on one flow file shares (validate, test, run): the options parsed
 * strictly, `--format text|json`, exactly one flow file. Anything else is a usage error.
 */
export function parseFlowArgs(argv: string[], io: Pick<CliIo, 'stderr'>, name: string, usage: string, options: Options = {}): FlowArgs {
  const fail = (message: string): FlowArgs => ({ ok: false, exit: usageError(io, name, usage, message) });
  const parsed = parseOptions(argv, { ...options, format: { type: 'string', short: 'f', default: 'text' } });
  if (!parsed.ok) return fail(parsed.message);
  const format = parsed.values.format;
  if (format !== 'text' && format !== 'json') return fail(`Unknown --format "${String(format)}"; use text or json.`);
  if (parsed.positionals.length !== 1) return fail('Give exactly one flow file.');
  return { ok: true, format, path: parsed.positionals[0], values: parsed.values };
}
