import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseFlow } from '../../src/schema/parseFlow';
import { exportFlowJson } from '../../src/storage/exportFlowJson';
import { exportRuntimeProgram } from '../../src/storage/exportRuntimeProgram';
import { fileNameFor } from '../../src/storage/fileNameFor';
import { importFlowFile } from '../../src/storage/importFlowFile';
import { importFlowText } from '../../src/storage/importFlowText';
import { readFileAsText } from '../../src/storage/readFileAsText';
import { makeFlow, makeLibrary } from './helpers';

describe('export and import', () => {
  it('round-trips: export → import gives the same flow', () => {
    const flow = makeFlow();
    const text = exportFlowJson(flow);
    expect(text.startsWith('{\n  "$schema": "./baton-flow.schema.json",\n  "format": "baton.flow"')).toBe(true);
    const result = importFlowText(text);
    expect(result.ok && result.flow).toEqual({ ...flow, $schema: './baton-flow.schema.json' });
    const again = result.ok ? exportFlowJson(result.flow) : '';
    expect(again).toBe(text);
  });

  it('round-trips any flow name through the file', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 200 }), (name) => {
        const flow = makeFlow('a', name);
        const result = importFlowText(exportFlowJson(flow));
        return result.ok && result.flow.name === name;
      }),
      { numRuns: 50 },
    );
  });

  it('exports the runtime program without layout, notes or tests, still parseable', () => {
    const flow = { ...makeFlow(), edges: [...makeFlow().edges, { id: 'en', source: 'm1', sourcePort: 'next', target: 'n1' }] };
    const result = parseFlow(exportRuntimeProgram(flow));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.flow.nodes.map((n) => n.id)).toEqual(['t1', 'm1', 'p1', 'h1']);
    expect(result.flow.edges.map((e) => e.id)).toEqual(['e1', 'e2', 'e3']);
    expect(result.flow.layout.nodes).toEqual({});
    expect(result.flow.tests).toEqual([]);
    expect(flow.nodes).toHaveLength(5); // the open flow is untouched
  });

  it('names files after the flow, slugged', () => {
    expect(fileNameFor({ name: 'Chat handover' })).toBe('chat-handover.baton.json');
    expect(fileNameFor({ name: 'Zendesk → Voice: Café (v2)!' })).toBe('zendesk-voice-cafe-v2.baton.json');
    expect(fileNameFor({ name: '???' })).toBe('flow.baton.json');
    expect(fileNameFor({ name: 'Chat handover' }, 'program')).toBe('chat-handover.program.baton.json');
  });

  it('rejects a broken import listing path and message, leaving the library unchanged', async () => {
    const { library } = makeLibrary();
    await library.createFlow(makeFlow('a'));
    const before = await library.listFlows();
    const broken = JSON.parse(exportFlowJson(makeFlow('b')));
    broken.nodes[2].data.seconds = 'two';
    broken.nodes[0].type = 'fax_machine';
    const result = importFlowText(JSON.stringify(broken));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: '/nodes/0/type', message: expect.stringContaining('Unknown type "fax_machine"') }),
        expect.objectContaining({ path: '/nodes/2/data/seconds', nodeId: 'p1' }),
      ]),
    );
    expect(await library.listFlows()).toEqual(before);
  });

  it('refuses oversized text and files with a friendly size message', async () => {
    const result = importFlowText(exportFlowJson(makeFlow()), { maxBytes: 100 });
    expect(!result.ok && result.issues[0].message).toMatch(/^This file is 0\.0 MB; Baton imports flows up to 0\.0 MB/);
    const big = new Blob(['x'.repeat(3 * 1048576)]);
    const fileResult = await importFlowFile(big, { maxBytes: 2 * 1048576 });
    expect(!fileResult.ok && fileResult.issues[0].message).toBe('This file is 3.0 MB; Baton imports flows up to 2.0 MB. Is it really a flow?');
    expect(!importFlowText('  ').ok && importFlowText('  ')).toMatchObject({ issues: [{ message: 'The file is empty' }] });
  });

  it('reads a picked file as text and imports it', async () => {
    const file = new Blob([exportFlowJson(makeFlow('picked', 'Picked'))], { type: 'application/json' });
    expect(await readFileAsText(file)).toContain('"Picked"');
    const result = await importFlowFile(file);
    expect(result.ok && result.flow.id).toBe('picked');
  });
});
