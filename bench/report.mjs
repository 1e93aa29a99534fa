// Figures for bench/run.mjs: the same shape as bench/figure.ts (plus `page`), a table, comparison.

const round = (x) => Math.round(x * 10_000) / 10_000;

export function toFigure({ figure, page, nodes, unit, values }) {
  const sorted = [...values].sort((a, b) => a - b);
  return {
    figure,
    ...(page ? { page } : {}),
    ...(nodes === undefined ? {} : { nodes }),
    unit,
    median: round(sorted[Math.floor(sorted.length / 2)]),
    min: round(sorted[0]),
    max: round(sorted.at(-1)),
    runs: values.length,
  };
}

const fmt = (x) => (Math.abs(x) >= 100 ? x.toFixed(1) : Math.abs(x) >= 1 ? x.toFixed(2) : x.toFixed(4));

export function formatTable(figures) {
  const header = ['figure', 'page', 'nodes', 'median', 'min', 'max', 'unit', 'runs'];
  const rows = figures.map((f) => [f.figure, f.page ?? '', f.nodes === undefined ? '' : String(f.nodes), fmt(f.median), fmt(f.min), fmt(f.max), f.unit, String(f.runs)]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) => cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

const keyOf = (f) => `${f.figure}|${f.page ?? ''}|${f.nodes ?? ''}`;

/**
 * Every figure at least 20 % worse (higher for times, sizes and ratios; lower for fps) than in the
 * previous results. Tiny figures (under 0.05 in their unit) are left out: noise, not regressions.
 */
export function compareResults(previous, current, threshold = 1.2) {
  const before = new Map(previous.map((f) => [keyOf(f), f]));
  const warnings = [];
  for (const f of current) {
    const old = before.get(keyOf(f));
    if (!old || old.median < 0.05) continue;
    // Frames per second (and a ratio of them) are better higher; every other figure is better lower.
    const higherIsBetter = f.unit === 'fps' || f.figure.endsWith(' fps');
    if (higherIsBetter ? f.median * threshold < old.median : f.median > old.median * threshold) {
      const where = [f.page, f.nodes && `${f.nodes} nodes`].filter(Boolean).join(', ');
      const change = Math.round((f.median / old.median - 1) * 100);
      warnings.push(`${f.figure}${where ? ` (${where})` : ''}: ${fmt(f.median)} ${f.unit}, was ${fmt(old.median)} (${change > 0 ? '+' : ''}${change} %)`);
    }
  }
  return warnings;
}
