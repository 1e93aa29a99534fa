import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { parseFlow } from '../../src/schema/parseFlow';
import { checkImport, deepFreeze } from './checkImport';
import { describeMutations, MUTATION_KINDS, mutatedFlowArbitrary, mutateFlowText } from './mutateFlow';

/** The example flows (examples/*.baton.json) as raw documents: the bases the mutations start from. */
export function loadExampleDocs(dir = 'examples'): { name: string; doc: unknown }[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.baton.json'))
    .sort()
    .map((file) => ({ name: file, doc: JSON.parse(readFileSync(join(dir, file), 'utf8')) as unknown }));
}

export interface FuzzCounts {
  tried: number;
  accepted: number;
  /** Accepted flows on which the validator reports errors (duplicate ids, dangling edges, …). */
  acceptedWithErrors: number;
  refused: number;
  badRefusals: number;
  crashed: number;
  byKind: Record<string, { tried: number; accepted: number; refused: number }>;
  /** The first few failures, each with what to replay it with. */
  failures: string[];
}

/**
 * `runs` mutated example documents, each imported twice: as text (the Import dialog, paste, drop,
 * the JSON tab) and as a parsed value (IndexedDB, the CLI). Generated in chunks from `seed`, so
 * memory stays flat; a failure names the seed, chunk and index to replay it.
 */
export function runImportFuzz({ runs, seed, chunk = 500 }: { runs: number; seed: number; chunk?: number }): FuzzCounts {
  const bases = loadExampleDocs();
  const open = parseFlow(bases[0].doc);
  if (!open.ok) throw new Error(`${bases[0].name} does not import`);
  const openFlow = deepFreeze(open.flow);
  const counts: FuzzCounts = { tried: 0, accepted: 0, acceptedWithErrors: 0, refused: 0, badRefusals: 0, crashed: 0, byKind: {}, failures: [] };
  for (const kind of MUTATION_KINDS) counts.byKind[kind] = { tried: 0, accepted: 0, refused: 0 };
  for (let start = 0; start < runs; start += chunk) {
    const cases = fc.sample(mutatedFlowArbitrary(bases), { numRuns: Math.min(chunk, runs - start), seed: seed + start });
    cases.forEach(({ base, mutations }, i) => {
      const text = mutateFlowText(base.doc, mutations);
      for (const asValue of [false, true]) {
        const outcome = checkImport(text, { asValue, openFlow });
        counts.tried++;
        const kinds = new Set(mutations.map((m) => m.kind));
        for (const kind of kinds) counts.byKind[kind].tried++;
        if (outcome.kind === 'accepted' || outcome.kind === 'refused') {
          counts[outcome.kind]++;
          if (outcome.kind === 'accepted' && outcome.errors > 0) counts.acceptedWithErrors++;
          for (const kind of kinds) counts.byKind[kind][outcome.kind]++;
          continue;
        }
        if (outcome.kind === 'crashed') counts.crashed++;
        else counts.badRefusals++;
        if (counts.failures.length < 10) {
          counts.failures.push(
            `${outcome.kind} (${asValue ? 'value' : 'text'}) seed ${seed + start} #${i}, ${base.name}: ${describeMutations(mutations)} → ${outcome.detail}`,
          );
        }
      }
    });
  }
  return counts;
}
