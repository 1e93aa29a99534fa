import { validateDocument } from '../../rules/validateDocument';
import { describeEffect, runScript, scriptSchema } from '../../runtime';
import { issuesFromZod } from '../../schema';
import { EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, type CliCommand } from '../command';
import { formatDiagnostics } from '../formatDiagnostics';
import { parseFlowArgs, usageError } from '../flowCommandArgs';
import { readJsonFile } from '../readJsonFile';

const USAGE = `Usage: baton run FLOW.json --script SCRIPT.json [--format text|json]

Plays a conversation through the flow on the runtime (the same engine as the Simulator) and
prints the effect log. SCRIPT.json is { "scene": { "channel": "phone_voice", ... },
"events": [ { "type": "user_message", "text": "Connect me to a person" }, ... ] }.
A voice transfer left ringing gets scene.transferOutcome unless the events say otherwise.
  --format text   one line per effect: time, number, type, node, fields (default)
  --format json   the effect log as a JSON array, provider requests in full

Exit codes: 0 the conversation ran, 1 the flow has errors or the run hit a runtime error,
            2 bad usage, unreadable file, not JSON or an invalid script.
`;

export const run: CliCommand = {
  name: 'run',
  summary: 'Play a scripted conversation through a flow and print the effects',
  usage: USAGE,
  async run(argv, io) {
    const args = parseFlowArgs(argv, io, 'run', USAGE, { script: { type: 'string', short: 's' } });
    if (!args.ok) return args.exit;
    const { format, path: flowPath } = args;
    const scriptPath = args.values.script;
    if (typeof scriptPath !== 'string') return usageError(io, 'run', USAGE, 'Give the conversation with --script SCRIPT.json.');

    const flowRead = await readJsonFile(flowPath, io);
    const scriptRead = flowRead.ok ? await readJsonFile(scriptPath, io) : flowRead;
    if (!scriptRead.ok) {
      io.stderr(`baton run: ${scriptRead.message}\n`);
      return EXIT_USAGE;
    }
    const script = scriptSchema.safeParse(scriptRead.value);
    if (!script.success) {
      const lines = issuesFromZod(script.error, scriptRead.value)
        .slice(0, 20)
        .map((i) => `  ${scriptPath}${i.path ? ` ${i.path}` : ''}: ${i.message}`);
      io.stderr(`baton run: ${scriptPath} is not a valid script:\n${lines.join('\n')}\n`);
      return EXIT_USAGE;
    }

    const { flow, diagnostics } = validateDocument(flowRead.ok ? flowRead.value : null);
    const result = flow ? runScript(flow, script.data.scene, script.data.events) : null;
    if (!result || !result.ok) {
      io.stderr(`baton run: ${flowPath} has errors, so it cannot run:\n${formatDiagnostics(diagnostics.filter((d) => d.severity === 'error'), flow)}`);
      return EXIT_PROBLEMS;
    }
    io.stdout(format === 'json' ? JSON.stringify(result.log, null, 2) + '\n' : result.log.map((effect) => describeEffect(effect, flow ?? undefined)).join('\n') + '\n');
    return result.log.some((e) => e.type === 'runtime_error') ? EXIT_PROBLEMS : EXIT_OK;
  },
};
