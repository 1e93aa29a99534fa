import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The longest browser-test files (measured: the a11y walk is a third of the run) start first, so
 * the two workers end together instead of one waiting on a long file picked last.
 */
const LONGEST_FIRST = ['a11y', 'layout', 'hostile-text', 'csp', 'persistence', 'json', 'editor', 'crash'];
const rank = (file: TestSpecification) => {
  const i = LONGEST_FIRST.findIndex((name) => file.moduleId.endsWith(`/e2e/${name}.e2e.ts`));
  return i === -1 ? LONGEST_FIRST.length : i;
};

class LongestFirst extends BaseSequencer {
  async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    return sorted.map((file, i) => ({ file, i })).sort((a, b) => rank(a.file) - rank(b.file) || a.i - b.i).map(({ file }) => file);
  }
}

// Browser tests: run by `npm run test:e2e` (e2e/run.mjs builds the app first). Two files at a time,
// each with its own Chromium and fresh contexts against the one preview server: much of a browser
// test is waiting (page loads, glides, lazy chunks), so two share the machine's two cores well.
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.ts'],
    environment: 'node',
    globalSetup: ['e2e/globalSetup.ts'],
    pool: 'forks',
    maxWorkers: 2,
    sequence: { sequencer: LongestFirst },
    // expect.poll waits 1 s by default; a render on CI's two busy cores can take longer than that.
    expect: { poll: { timeout: 10_000 } },
    testTimeout: 60_000,
    hookTimeout: 120_000,
    teardownTimeout: 30_000,
  },
});
