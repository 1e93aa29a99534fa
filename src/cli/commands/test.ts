import { validateDocument } from '../../rules/validateDocument';
import { formatTime, runTests, type TestCaseResult } from '../../runtime';
import { describeExpectationDiff } from '../../runtime/describeDiffRow';
import type { Flow } from '../../schema';
import { EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, type CliCommand } from '../command';
import { formatDiagnostics } from '../formatDiagnostics';
import { parseFlowArgs } from '../flowCommandArgs';
import { readJsonFile } from '../readJsonFile';

const USAGE = `Usage: baton test FLOW.json [--format text|json]

Runs the test cases stored in the flow's "tests" array on the runtime (the same runner as the
Tests tab): each case's scene and events, then its expectations on the effect log.
  --format text   one line per case (PASS/FAIL and its name), failures indented under it
                  with the expected-vs-actual diff the Tests tab shows (= met, − expected
                  but missing, ! forbidden but present), and a final line
                  "N passed, N failed" (default)
  --format json   the results as a JSON array (with each case's effect log)

Exit codes: 0 every case passed, 1 a case failed or the flow has errors,
            2 bad usage, unreadable file or not JSON.
`;

const DIFF_LEGEND = '      Expected vs actual effects (= met, − expected but missing, ! forbidden but present):';

/** A case's line, and for a failure its messages and the same diff lines as the Tests tab. */
function formatResult(result: TestCaseResult, flow: Flow): string {
  const head = `${result.pass ? 'PASS' : 'FAIL'}  ${result.name} (${result.id})`;
  const messages = result.failures.map((f) => `      ${f.index >= 0 ? `expect[${f.index}]: ` : ''}${f.message}`);
  const expectations = flow.tests.find((t) => t.id === result.id)?.expect ?? [];
  const diff = result.pass || result.log.length === 0 ? [] : describeExpectationDiff(result.log, expectations);
  const lines = diff.map((line) => `        ${line.mark} ${line.text}${line.at !== undefined ? `  (${formatTime(line.at)})` : ''}`);
  return [head, ...messages, ...(lines.length ? [DIFF_LEGEND, ...lines] : [])].join('\n');
}

export const test: CliCommand = {
  name: 'test',
  summary: "Run a flow's test cases and report each one",
  usage: USAGE,
  async run(argv, io) {
    const args = parseFlowArgs(argv, io, 'test', USAGE);
    if (!args.ok) return args.exit;
    const { format, path } = args;
    const read = await readJsonFile(path, io);
    if (!read.ok) {
      io.stderr(`baton test: ${read.message}\n`);
      return EXIT_USAGE;
    }
    const { flow, diagnostics } = validateDocument(read.value);
    const errors = diagnostics.filter((d) => d.severity === 'error');
    if (!flow || errors.length > 0) {
      io.stderr(`baton test: ${path} has errors, so its tests cannot run:\n${formatDiagnostics(errors, flow)}`);
      return EXIT_PROBLEMS;
    }
    const results = runTests(flow);
    const failed = results.filter((r) => !r.pass).length;
    if (format === 'json') io.stdout(JSON.stringify(results, null, 2) + '\n');
    else io.stdout([...results.map((r) => formatResult(r, flow)), `${results.length - failed} passed, ${failed} failed`].join('\n') + '\n');
    return failed > 0 ? EXIT_PROBLEMS : EXIT_OK;
  },
};
