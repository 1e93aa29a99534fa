import type { MatchScore, WordEvidence } from './scoreMatch';

function describeWord(w: WordEvidence): string {
  if (w.as === null) return `“${w.word}” missing`;
  if (w.how === 'exact') return `“${w.word}”`;
  return `“${w.word}” as “${w.as}” (${w.how})`;
}

/**
 * One line saying why a phrase or keyword did or did not match, for the Simulator and the CLI:
 * `score 0.75 of 0.75 needed: “talk” missing, “human” as “agent” (synonym)`.
 */
export function describeMatch(score: MatchScore): string {
  const words = score.words.map(describeWord).join(', ');
  const negated = score.negatedBy !== null ? `; cancelled by “${score.negatedBy}”` : '';
  return `score ${score.score.toFixed(2)} of ${score.needed.toFixed(2)} needed: ${words}${negated}`;
}
