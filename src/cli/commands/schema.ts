import { toJsonSchema } from '../../schema/toJsonSchema';
import { EXIT_OK, EXIT_USAGE, type CliCommand } from '../command';
import { parseOptions } from '../parseOptions';

const USAGE = `Usage: baton schema [--out FILE]

Prints the flow format as JSON Schema (draft 2020-12), or writes it to FILE.
Flow files point at it with "$schema" so editors complete and check them.
The committed copy is public/baton-flow.schema.json (npm run schema).
`;

/** The JSON Schema text exactly as committed: two-space indent and a final newline. */
function renderJsonSchema(): string {
  return JSON.stringify(toJsonSchema(), null, 2) + '\n';
}

export const schema: CliCommand = {
  name: 'schema',
  summary: 'Print or write the flow format as JSON Schema',
  usage: USAGE,
  async run(argv, io) {
    const parsed = parseOptions(argv, { out: { type: 'string', short: 'o' } });
    if (!parsed.ok || parsed.positionals.length > 0) {
      const message = parsed.ok ? `Unexpected argument "${parsed.positionals[0]}".` : parsed.message;
      io.stderr(`baton schema: ${message}\n\n${USAGE}`);
      return EXIT_USAGE;
    }
    const text = renderJsonSchema();
    const out = parsed.values.out;
    if (typeof out !== 'string') {
      io.stdout(text);
      return EXIT_OK;
    }
    try {
      await io.writeFile(out, text);
    } catch (error) {
      io.stderr(`baton schema: Cannot write ${out}: ${error instanceof Error ? error.message : String(error)}\n`);
      return EXIT_USAGE;
    }
    io.stderr(`Wrote ${out}\n`);
    return EXIT_OK;
  },
};
