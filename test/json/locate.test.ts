import { describe, expect, it } from 'vitest';
import { computeTextEdit } from '../../src/editor/jsonSync/computeTextEdit';
import { diagnosticsToMarkers } from '../../src/editor/jsonSync/diagnosticsToMarkers';
import { flowToText } from '../../src/editor/jsonSync/flowToText';
import { locatePointer, pointerSegments } from '../../src/editor/jsonSync/locatePointer';
import { nodeIdAtOffset } from '../../src/editor/jsonSync/nodeIdAtOffset';
import { nodeRange } from '../../src/editor/jsonSync/nodeRange';
import type { Diagnostic } from '../../src/rules/diagnostic';
import { makeFlow } from './jsonSyncFixture';

const text = flowToText(makeFlow());
const slice = (range: { start: number; end: number } | null) => (range ? text.slice(range.start, range.end) : null);

describe('pointerSegments', () => {
  it('splits and unescapes RFC 6901 pointers', () => {
    expect(pointerSegments('')).toEqual([]);
    expect(pointerSegments('/nodes/3/data')).toEqual(['nodes', '3', 'data']);
    expect(pointerSegments('/a~1b/c~0d')).toEqual(['a/b', 'c~d']);
  });
});

describe('locatePointer', () => {
  it('finds the exact value a pointer names', () => {
    const range = locatePointer(text, '/nodes/3/data/destination/to');
    expect(slice(range)).toBe('"+12025551234"');
    expect(range?.exact).toBe(true);
    expect(slice(locatePointer(text, '/nodes/2/data/seconds'))).toBe('1.5');
  });

  it('falls back to the nearest existing parent when the path is missing', () => {
    const range = locatePointer(text, '/nodes/3/data/destination/nope/deeper');
    expect(range?.exact).toBe(false);
    expect(slice(range)).toMatch(/^\{\s+"kind": "voice"/);
    expect(slice(locatePointer(text, '/nodes/99/id'))).toMatch(/^\[\s+\{\s+"id": "start"/);
  });

  it('points at the whole document for the empty pointer, and is null for no JSON at all', () => {
    expect(locatePointer(text, '')).toMatchObject({ start: 0, end: text.length - 1 });
    expect(locatePointer('   ', '/nodes')).toBeNull();
  });

  it('still locates in a half-typed document', () => {
    const broken = text.replace('"seconds": 1.5', '"seconds": ');
    const at = (pointer: string) => {
      const range = locatePointer(broken, pointer);
      return range && broken.slice(range.start, range.end);
    };
    expect(at('/nodes/1/data/text')).toBe('"Connecting you now."');
    expect(at('/nodes/3/data/destination/to')).toBe('"+12025551234"');
  });
});

describe('nodeIdAtOffset and nodeRange', () => {
  it('maps a cursor inside a node to its id, anywhere in its JSON', () => {
    expect(nodeIdAtOffset(text, text.indexOf('+12025551234'))).toBe('transfer');
    expect(nodeIdAtOffset(text, text.indexOf('"seconds"'))).toBe('wait');
    expect(nodeIdAtOffset(text, text.indexOf('"format"'))).toBeNull();
    expect(nodeIdAtOffset(text, text.indexOf('"sourcePort"'))).toBeNull();
  });

  it('gives the range of a node object, which maps back to the same node', () => {
    const range = nodeRange(text, 'wait');
    expect(slice(range)).toMatch(/^\{\s+"id": "wait",\s+"type": "pause"[\s\S]*\}$/);
    expect(nodeIdAtOffset(text, range!.start)).toBe('wait');
    expect(nodeIdAtOffset(text, range!.end)).toBe('wait');
    expect(nodeRange(text, 'missing')).toBeNull();
  });
});

describe('diagnosticsToMarkers', () => {
  const base = { severity: 'error', rule: 'test' } as const;

  it('marks a value by path, with the code in the message', () => {
    const diagnostic: Diagnostic = { ...base, code: 'voice.destination.invalid', message: 'Not a number.', path: '/nodes/3/data/destination/to', nodeId: 'transfer' };
    const [marker] = diagnosticsToMarkers(text, [diagnostic]);
    expect(text.slice(marker.startOffset, marker.endOffset)).toBe('"+12025551234"');
    expect(marker).toMatchObject({ severity: 'error', code: 'voice.destination.invalid', message: 'Not a number. (voice.destination.invalid)' });
  });

  it('marks the key of an object-valued path, and a node by id when there is no path', () => {
    const markers = diagnosticsToMarkers(text, [
      { ...base, code: 'a', message: 'A', path: '/nodes/3/data/destination/missing' },
      { ...base, code: 'b', message: 'B', nodeId: 'wait', severity: 'warning' },
      { ...base, code: 'c', message: 'C', edgeId: 'e2' },
      { ...base, code: 'd', message: 'D' },
    ]);
    const marked = markers.map((m) => text.slice(m.startOffset, m.endOffset));
    expect(marked[0]).toBe('"destination"');
    expect(marked[1]).toBe('"id": "wait"');
    expect(marked[2]).toBe('"id": "e2"');
    expect(marked[3]).toBe('"format": "baton.flow"');
    expect(markers[1].severity).toBe('warning');
  });
});

describe('computeTextEdit', () => {
  it('returns the smallest single replacement', () => {
    expect(computeTextEdit('abc', 'abc')).toBeNull();
    expect(computeTextEdit('"seconds": 1.5,', '"seconds": 2,')).toEqual({ start: 11, end: 14, text: '2' });
    expect(computeTextEdit('aaa', 'aaaa')).toEqual({ start: 3, end: 3, text: 'a' });
    expect(computeTextEdit('abcd', 'ad')).toEqual({ start: 1, end: 3, text: '' });
  });

  it('applied to the old text always gives the new text', () => {
    const samples = ['', 'a', 'abc', 'abcabc', 'xbc', 'abx', 'aXc', 'ccc', 'cc'];
    for (const before of samples) {
      for (const after of samples) {
        const edit = computeTextEdit(before, after);
        const result = edit ? before.slice(0, edit.start) + edit.text + before.slice(edit.end) : before;
        expect(result).toBe(after);
      }
    }
  });
});
