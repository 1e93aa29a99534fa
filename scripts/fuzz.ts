// npm run fuzz [-- --runs N --seed S]: the full hostile-import run (issue 11). Exits 1 on any crash
// or any refusal without a JSON pointer and a message. The bounded run is test/fuzz/importFuzz.test.ts.
import { parseArgs } from 'node:util';
import { runImportFuzz } from '../test/fuzz/runImportFuzz';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '10000' }, seed: { type: 'string' } } });
const runs = Number(values.runs);
const seed = values.seed === undefined ? Date.now() % 2 ** 31 : Number(values.seed);
const started = performance.now();
const counts = runImportFuzz({ runs, seed });
const seconds = ((performance.now() - started) / 1000).toFixed(1);

console.log(`Hostile-import fuzz: ${runs} mutated example flows (seed ${seed}), each imported as text and as a value, ${seconds} s`);
console.log(`  tried:                  ${counts.tried}`);
console.log(`  accepted (valid flow):  ${counts.accepted} (${counts.acceptedWithErrors} with errors in Problems, e.g. duplicate ids, dangling edges)`);
console.log(`  refused with a message: ${counts.refused}`);
console.log(`  refused without pointer/message: ${counts.badRefusals}`);
console.log(`  crashed:                ${counts.crashed}`);
console.log('  by mutation (tried / accepted / refused):');
for (const [kind, c] of Object.entries(counts.byKind)) console.log(`    ${kind.padEnd(14)} ${c.tried} / ${c.accepted} / ${c.refused}`);
for (const failure of counts.failures) console.log(`  FAIL ${failure}`);
process.exitCode = counts.crashed > 0 || counts.badRefusals > 0 ? 1 : 0;
