import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';

interface Outcome {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** `npx tsx src/cli/main.ts` (what `npm run baton` runs), or the package's `bin` entry with `bin: true`. */
function runBaton(args: string[], { bin = false } = {}): Promise<Outcome> {
  return new Promise((resolve, reject) => {
    const [command, ...prefix] = bin ? [process.execPath, 'bin/baton.mjs'] : ['npx', 'tsx', 'src/cli/main.ts'];
    const child = spawn(command, [...prefix, ...args], { env: { ...process.env, NO_COLOR: '1' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

// The one test through a real process: exit codes reach the shell (the rest run in-process).
describe('baton as a process', () => {
  it('exits 0 for a clean flow, 1 for a flow with errors, 2 for a missing file; the bin entry runs the tests', { timeout: 60_000 }, async () => {
    const [clean, broken, missing, tested] = await Promise.all([
      runBaton(['validate', 'examples/messenger-handover.baton.json']),
      runBaton(['validate', 'test/examples/broken/bad-e164.json']),
      runBaton(['validate', 'examples/does-not-exist.json']),
      runBaton(['test', 'examples/voice-zendesk.baton.json'], { bin: true }),
    ]);
    // The bin entry (`baton` once installed) runs the same CLI: every example case passes.
    expect(tested).toMatchObject({ code: 0, stdout: expect.stringMatching(/^\d+ passed, 0 failed\n$/m) });
    expect(clean).toMatchObject({ code: 0, stdout: expect.stringMatching(/^0 errors, 0 warnings, \d+ info\n$/m) });
    expect(broken).toMatchObject({ code: 1, stdout: expect.stringMatching(/^error {2}voice\.destination\.invalid {2}\/nodes\/3\/data\/destination\/to: Voice transfer to \+0123: /m) });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('Cannot read examples/does-not-exist.json: no such file');
  });
});
