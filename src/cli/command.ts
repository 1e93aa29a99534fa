import type { CliIo } from './io';

/**
 * One `baton` subcommand. Exit codes: 0 success, 1 the input has problems (errors, failing
 * tests), 2 the command could not do its job (bad usage, unreadable file, not JSON).
 */
export interface CliCommand {
  name: string;
  /** One line for `baton --help`. */
  summary: string;
  /** The full help text for `baton help NAME`, starting with the usage line. */
  usage: string;
  run(argv: string[], io: CliIo): Promise<number>;
}

export const EXIT_OK = 0;
export const EXIT_PROBLEMS = 1;
export const EXIT_USAGE = 2;
