import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBenchSize } from '../../src/ui/bench/readBenchSize';
import { measureChunks } from '../../bench/measureChunks';
import { formatTable, stats } from '../../bench/figure';
// @ts-expect-error -- plain JavaScript module used by bench/run.mjs, without type declarations
import { compareResults } from '../../bench/report.mjs';

describe('readBenchSize', () => {
  it('reads ?bench=N and refuses anything else', () => {
    expect(readBenchSize('?bench=1000')).toBe(1000);
    expect(readBenchSize('?x=1&bench=3')).toBe(3);
    expect(readBenchSize('')).toBeNull();
    expect(readBenchSize('?bench=')).toBeNull();
    expect(readBenchSize('?bench=0')).toBeNull();
    expect(readBenchSize('?bench=1e3')).toBeNull();
    expect(readBenchSize('?bench=-5')).toBeNull();
    expect(readBenchSize('?bench=999999')).toBeNull();
  });
});

describe('bench figures', () => {
  it('takes the median, min and max of the samples', () => {
    expect(stats('x', 10, 'ms', [5, 1, 3, 9, 2])).toEqual({ figure: 'x', nodes: 10, unit: 'ms', median: 3, min: 1, max: 9, runs: 5 });
  });

  it('prints one row per figure under a header', () => {
    const table = formatTable([stats('validateFlow', 1000, 'ms', [1.5]), stats('chunk', undefined, 'KB', [240])]).split('\n');
    expect(table).toHaveLength(4);
    expect(table[2]).toMatch(/^validateFlow\s+1000\s+1\.50/);
    expect(table[3]).toMatch(/^chunk\s+240\.0/);
  });

  it('warns about figures at least 20 % worse than before, not about better or tiny ones', () => {
    const before = [
      { figure: 'load', page: 'baton', nodes: 1000, unit: 'ms', median: 700 },
      { figure: 'load', page: 'bare', nodes: 1000, unit: 'ms', median: 800 },
      { figure: 'tiny', nodes: 1000, unit: 'ms', median: 0.01 },
    ];
    const after = [
      { figure: 'load', page: 'baton', nodes: 1000, unit: 'ms', median: 900 },
      { figure: 'load', page: 'bare', nodes: 1000, unit: 'ms', median: 500 },
      { figure: 'tiny', nodes: 1000, unit: 'ms', median: 0.04 },
      { figure: 'new', unit: 'ms', median: 1 },
    ];
    const warnings = compareResults(before, after);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('load (baton, 1000 nodes): 900.0 ms, was 700.0 (+29 %)');
  });
});

describe('measureChunks', () => {
  it('lists every chunk raw and gzip and sums what index.html loads first', () => {
    const dist = mkdtempSync(join(tmpdir(), 'baton-chunks-'));
    mkdirSync(join(dist, 'assets'));
    writeFileSync(join(dist, 'index.html'), '<script type="module" src="/assets/index-AbCd1234.js"></script><link rel="modulepreload" href="/assets/vendor-EfGh5678.js">');
    writeFileSync(join(dist, 'assets', 'index-AbCd1234.js'), 'a'.repeat(4096));
    writeFileSync(join(dist, 'assets', 'vendor-EfGh5678.js'), 'b'.repeat(2048));
    writeFileSync(join(dist, 'assets', 'monaco-IjKl9012.js'), 'c'.repeat(10240));
    const figures = measureChunks(dist);
    const value = (name: string) => figures.find((f) => f.figure === name);
    expect(value('initial JS raw')?.median).toBe(6);
    expect(value('chunk monaco.js raw')).toMatchObject({ median: 10, note: 'lazy' });
    expect(value('chunk index.js raw')).toMatchObject({ median: 4, note: 'initial' });
    expect(value('initial JS gzip')!.median).toBeLessThan(1);
  });

  it('returns nothing when there is no build', () => {
    expect(measureChunks(join(tmpdir(), 'no-such-dist'))).toEqual([]);
  });
});
