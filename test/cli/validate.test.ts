import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Diagnostic } from '../../src/rules/diagnostic';
import { main } from '../../src/cli/main';
import { createFakeIo } from './fakeIo';

// The validator's findings are an input here: these tests pin the CLI's report and exit codes.
// test/cli/examples.test.ts runs the real validator on real files.
const findings = vi.hoisted(() => ({ list: [] as Diagnostic[], seen: [] as unknown[] }));
vi.mock('../../src/rules/validateDocument', () => ({
  validateDocument: (raw: unknown) => {
    findings.seen.push(raw);
    return { flow: null, diagnostics: findings.list };
  },
}));

const flowText = JSON.stringify({ format: 'baton.flow', version: 1, id: 'f', name: 'F', nodes: [] });
const diag = (d: Partial<Diagnostic> & Pick<Diagnostic, 'code' | 'severity'>): Diagnostic => ({ message: 'Msg.', rule: 'r', ...d });

beforeEach(() => {
  findings.list = [];
  findings.seen = [];
});

describe('baton validate', () => {
  it('passes the parsed JSON to the validator and exits 0 with a clean summary', async () => {
    const io = createFakeIo({ 'flow.json': flowText });
    expect(await main(['validate', 'flow.json'], io)).toBe(0);
    expect(findings.seen).toEqual([JSON.parse(flowText)]);
    expect(io.out).toBe('0 errors, 0 warnings, 0 info\n');
  });

  it('lists errors first, then warnings, then infos, each with code and location, then a summary; exit 1', async () => {
    findings.list = [
      diag({ code: 'voice.pause.missing', severity: 'warning', nodeId: 'h1', message: 'Add a Pause.' }),
      diag({ code: 'voice.destination.invalid', severity: 'error', nodeId: 'h1', path: '/nodes/3/data/destination/to', message: 'Bad number.' }),
      diag({ code: 'flow.tip', severity: 'info', message: 'A tip.' }),
      diag({ code: 'schema.invalid', severity: 'error', path: '/nodes/0/data/seconds', message: 'Expected number.' }),
      diag({ code: 'edge.dangling', severity: 'warning', edgeId: 'e7', message: 'Goes nowhere.' }),
    ];
    const io = createFakeIo({ 'flow.json': flowText });
    expect(await main(['validate', 'flow.json'], io)).toBe(1);
    expect(io.out.split('\n')).toEqual([
      'error  voice.destination.invalid  /nodes/3/data/destination/to: Bad number.',
      'error  schema.invalid  /nodes/0/data/seconds: Expected number.',
      'warning  voice.pause.missing  node h1: Add a Pause.',
      'warning  edge.dangling  edge e7: Goes nowhere.',
      'info  flow.tip  flow: A tip.',
      '2 errors, 2 warnings, 1 info',
      '',
    ]);
  });

  it('exits 0 when there are only warnings and infos', async () => {
    findings.list = [diag({ code: 'a.b', severity: 'warning' }), diag({ code: 'c.d', severity: 'info' })];
    const io = createFakeIo({ 'flow.json': flowText });
    expect(await main(['validate', 'flow.json'], io)).toBe(0);
    expect(io.out).toMatch(/0 errors, 1 warning, 1 info\n$/);
  });

  it('prints the diagnostics as a JSON array with --format json', async () => {
    findings.list = [diag({ code: 'voice.destination.invalid', severity: 'error', nodeId: 'h1' })];
    const io = createFakeIo({ 'flow.json': flowText });
    expect(await main(['validate', 'flow.json', '--format', 'json'], io)).toBe(1);
    expect(JSON.parse(io.out)).toEqual(findings.list);
  });

  it('exits 2 naming the file when it cannot be read', async () => {
    const io = createFakeIo();
    expect(await main(['validate', 'no/such/flow.json'], io)).toBe(2);
    expect(io.err).toBe('baton validate: Cannot read no/such/flow.json: no such file\n');
    expect(findings.seen).toEqual([]);
  });

  it('exits 2 with line and column when the file is not JSON', async () => {
    const io = createFakeIo({ 'bad.json': '{\n  "format": "baton.flow",\n  "nodes": [,]\n}' });
    expect(await main(['validate', 'bad.json'], io)).toBe(2);
    expect(io.err).toBe("baton validate: bad.json: Not valid JSON at line 3, column 13: Unexpected token ','\n");
    expect(io.out).toBe('');
    expect(findings.seen).toEqual([]);
  });

  it.each([
    ['{"a": 1,}', 1, 9],
    ['{\n  "a": 1\n} trailing', 3, 3],
    ['', 1, 1],
  ])('locates the syntax error in %j at line %i, column %i', async (text, line, column) => {
    const io = createFakeIo({ 'bad.json': text });
    expect(await main(['validate', 'bad.json'], io)).toBe(2);
    expect(io.err).toContain(`bad.json: Not valid JSON at line ${line}, column ${column}: `);
  });

  it('accepts a file that starts with a byte-order mark', async () => {
    const io = createFakeIo({ 'bom.json': '\uFEFF' + flowText });
    expect(await main(['validate', 'bom.json'], io)).toBe(0);
    expect(findings.seen).toEqual([JSON.parse(flowText)]);
  });

  it.each([
    [['validate'], /Give exactly one flow file/],
    [['validate', 'a.json', 'b.json'], /Give exactly one flow file/],
    [['validate', 'a.json', '--format', 'xml'], /Unknown --format "xml"; use text or json/],
    [['validate', 'a.json', '--strict'], /Unknown option '--strict'/],
  ])('exits 2 with the usage for %j', async (argv, message) => {
    const io = createFakeIo();
    expect(await main(argv, io)).toBe(2);
    expect(io.err).toMatch(message);
    expect(io.err).toContain('Usage: baton validate FLOW.json');
  });
});
