// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { main } from '../../src/cli/main';
import { createFakeIo } from '../cli/fakeIo';
import type { Flow } from '../../src/schema';
import { loadExample } from './loadExample';
import { renderSimulator, UI_TEST } from './renderSimulator';

/** The chat example with its final message changed: some of its cases now fail. */
function partlyFailing(): Flow {
  const flow = loadExample('chat-handover');
  return { ...flow, nodes: flow.nodes.map((n) => (n.id === 'final_message' && n.type === 'message' ? { ...n, data: { ...n.data, text: 'One moment.' } } : n)) };
}

describe('Tests tab and `baton test`', UI_TEST, () => {
  it('pass and fail the same cases, with the same messages', async () => {
    const flow = partlyFailing();
    const io = createFakeIo({ 'flow.json': JSON.stringify(flow) });
    const exit = await main(['test', 'flow.json'], io);
    // `PASS  name (id)` / `FAIL  name (id)`, one line per case.
    const cli = new Map(
      io.out.split('\n').flatMap((line) => {
        const m = /^(PASS|FAIL) {2}.* \((.+)\)$/.exec(line);
        return m ? [[m[2], m[1]] as const] : [];
      }),
    );
    expect(cli.size).toBe(flow.tests.length);
    expect(exit).toBe(1);

    const { user } = await renderSimulator(flow, 'Tests');
    await user.click(screen.getByRole('button', { name: 'Run all' }));
    const failed = flow.tests.filter((t) => cli.get(t.id) === 'FAIL');
    expect(failed.length).toBeGreaterThan(0);
    expect(failed.length).toBeLessThan(flow.tests.length);
    for (const t of flow.tests) {
      const status = cli.get(t.id) === 'PASS' ? 'Passed' : 'Failed';
      expect(screen.getByRole('status', { name: `${t.name}: ${status}` })).toBeInTheDocument();
    }
    for (const t of failed) {
      const messages = within(screen.getByRole('list', { name: `Why “${t.name}” failed` })).getAllByRole('listitem');
      for (const m of messages) expect(io.out).toContain(m.textContent);
    }
    expect(screen.getByText(`${flow.tests.length - failed.length} passed, ${failed.length} failed`, { exact: false })).toBeInTheDocument();
    expect(io.out.trim().split('\n').at(-1)).toBe(`${flow.tests.length - failed.length} passed, ${failed.length} failed`);
  });
});
