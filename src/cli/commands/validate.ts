import { validateDocument } from '../../rules/validateDocument';
import { EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, type CliCommand } from '../command';
import { formatDiagnostics } from '../formatDiagnostics';
import { parseFlowArgs } from '../flowCommandArgs';
import { readJsonFile } from '../readJsonFile';

const USAGE = `Usage: baton validate FLOW.json [--format text|json]

Checks a flow against the format and every provider rule (the same checks as the Problems tab).
  --format text   one line per problem, errors first, then a summary (default)
  --format json   the diagnostics as a JSON array

Exit codes: 0 no errors (warnings and infos allowed), 1 errors found,
            2 bad usage, unreadable file or not JSON.
`;

export const validate: CliCommand = {
  name: 'validate',
  summary: 'Check a flow file and list its problems',
  usage: USAGE,
  async run(argv, io) {
    const args = parseFlowArgs(argv, io, 'validate', USAGE);
    if (!args.ok) return args.exit;
    const { format, path } = args;
    const read = await readJsonFile(path, io);
    if (!read.ok) {
      io.stderr(`baton validate: ${read.message}\n`);
      return EXIT_USAGE;
    }
    const { flow, diagnostics } = validateDocument(read.value);
    io.stdout(format === 'json' ? JSON.stringify(diagnostics, null, 2) + '\n' : formatDiagnostics(diagnostics, flow));
    return diagnostics.some((d) => d.severity === 'error') ? EXIT_PROBLEMS : EXIT_OK;
  },
};
