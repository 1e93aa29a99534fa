import { describe, expect, it } from 'vitest';
import type { Flow } from '../../src/schema';
import { validateFlow } from '../../src/rules/validateFlow';
import { formatDiagnostics } from '../../src/cli/formatDiagnostics';
import { structureCases } from './structureCases';
import { voiceCases } from './voiceCases';
import { handoverCases } from './handoverCases';
import { scenarioCases } from './scenarioCases';
import { calendarCases } from './calendarCases';
import { flowOf, node, edge } from './helpers';

const MARK = '-aFC5sRR0';

/** The flow with every node id turned into a generated-looking one, and every edge id likewise, so any id in a message stands out. */
function withGeneratedIds(flow: Flow): Flow {
  const ids = new Map(flow.nodes.map((n) => [n.id, `${n.id}${MARK}`]));
  const rename = (id: string) => ids.get(id) ?? id;
  return {
    ...flow,
    nodes: flow.nodes.map((n) => ({ ...n, id: rename(n.id) })),
    edges: flow.edges.map((e) => ({ ...e, id: `${e.id}${MARK}`, source: rename(e.source), target: rename(e.target) })),
    layout: { ...flow.layout, nodes: Object.fromEntries(Object.entries(flow.layout.nodes).map(([id, p]) => [rename(id), p])) },
  };
}

// Where the id is the only thing that identifies what is wrong: two nodes sharing one.
const ID_IS_THE_POINT = new Set(['structure.duplicate_node_id', 'structure.duplicate_edge_id']);

describe('rule messages name nodes as people do', () => {
  const cases = [...structureCases, ...voiceCases, ...handoverCases, ...scenarioCases, ...calendarCases];
  it.each(cases.map((c) => [c.code, c] as const))('%s: no node id in the message', (code, c) => {
    const found = validateFlow(withGeneratedIds(c.fires())).filter((d) => d.code === code);
    expect(found.length).toBeGreaterThan(0);
    for (const d of found) if (!ID_IS_THE_POINT.has(d.code)) expect(d.message).not.toContain(MARK);
  });

  it('an untitled voice handover is "Voice transfer to …" in Problems and in the CLI, and "Handover 2" when it has no address yet', () => {
    const flow = flowOf(
      [
        node('trigger_human_requested', 't'),
        node('message', 'm', { text: 'Let me get someone who can help.' }),
        node('handover', 'handover-aFC5sRR0_3', { destination: { kind: 'voice', to: 'sip:agent@example.com' } }),
        node('handover', 'handover-aFC5sRR0_4', { destination: { kind: 'voice', to: '' } }),
      ],
      [edge('t', 'next', 'm'), edge('m', 'next', 'handover-aFC5sRR0_3'), edge('handover-aFC5sRR0_3', 'busy', 'handover-aFC5sRR0_4')],
      { channels: ['phone_voice'] },
    );
    const diagnostics = validateFlow(flow);
    const pause = diagnostics.find((d) => d.code === 'voice.pause.missing' && d.nodeId === 'handover-aFC5sRR0_3');
    expect(pause?.message).toMatch(/^Voice transfer to sip:agent@example\.com is entered from Message "Let me get someone who can…" with no Pause/);
    expect(diagnostics.find((d) => d.code === 'voice.destination.empty')?.message).toMatch(/^Handover 2 has no destination/);
    const text = formatDiagnostics(diagnostics, flow);
    expect(text).toContain('warning  voice.pause.missing  /edges/1: Voice transfer to sip:agent@example.com is entered from');
    expect(text).toContain('error  voice.destination.empty  /nodes/3/data/destination/to: Handover 2 has no destination');
    expect(text).not.toContain('aFC5sRR0');
    // A finding with a node but no pointer is located by the node's name, not its id.
    const bare = { code: 'x.y', severity: 'info' as const, message: 'Note.', rule: 'r', nodeId: 'handover-aFC5sRR0_4' };
    expect(formatDiagnostics([bare], flow)).toMatch(/^info {2}x\.y {2}Handover 2: Note\.$/m);
    expect(formatDiagnostics([bare], null)).toMatch(/^info {2}x\.y {2}node handover-aFC5sRR0_4: Note\.$/m);
  });
});

describe('a Pause out of range before a voice handover', () => {
  const flow = (title?: string) =>
    flowOf(
      [
        node('trigger_human_requested', 't'),
        { ...node('pause', 'p', { seconds: 3 }), ...(title ? { title } : {}) },
        node('handover', 'h', { destination: { kind: 'voice', to: 'sip:agent@example.com' } }),
      ],
      [edge('t', 'next', 'p'), edge('p', 'next', 'h')],
      { channels: ['phone_voice'] },
    );
  it('says its seconds once: in the name when untitled, after the title when titled', () => {
    const message = (f: Flow) => validateFlow(f).find((d) => d.code === 'voice.pause.out_of_range')?.message;
    expect(message(flow())).toMatch(/^Pause 3 s before Voice transfer to sip:agent@example\.com is too long; set it to 1–2 s/);
    expect(message(flow('Breath'))).toMatch(/^Pause "Breath" before Voice transfer to sip:agent@example\.com is too long \(3 s\); set it/);
  });
});
