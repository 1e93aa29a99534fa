import { isWithinOneEdit } from './isWithinOneEdit';
import { FILLER_WORDS, NEGATIONS, stem, synonymGroup, weightOf } from './lexicon';
import { normalizeWords } from './normalizeWords';

/** Typos are forgiven only in words this long; short words ("talk", "me") must be exact. */
export const TYPO_MIN_LENGTH = 5;
/** A phrase fires when the message says this share of its weighted meaningful words. */
export const PHRASE_THRESHOLD = 0.75;
/** Words the matched words of a phrase may spread over, beyond the phrase's own length. */
export const PHRASE_SLACK = 4;
/** Meaningful words before the first matched word in which a negation cancels the match. */
export const NEGATION_REACH = 3;

export type MatchedHow = 'exact' | 'stem' | 'synonym' | 'typo';

/** One meaningful word of a phrase or keyword, and the message word that said it (if any). */
export interface WordEvidence {
  word: string;
  weight: number;
  /** The message word that matched, as the user typed it (normalised), or null. */
  as: string | null;
  how: MatchedHow | null;
}

/** How well one phrase or keyword matches one message, with the evidence to explain it. */
export interface MatchScore {
  text: string;
  /** Weighted share of the meaningful words the message says, 0…1, rounded to 2 decimals. */
  score: number;
  /** The score needed to fire. */
  needed: number;
  words: WordEvidence[];
  /** The negation that cancelled an otherwise sufficient match, or null. */
  negatedBy: string | null;
  fired: boolean;
}

interface Word {
  raw: string;
  stem: string;
  group: number | undefined;
}

function toWord(raw: string): Word {
  const s = stem(raw);
  return { raw, stem: s, group: synonymGroup(s) ?? synonymGroup(raw) };
}

function howMatched(p: Word, m: Word): MatchedHow | null {
  if (p.raw === m.raw) return 'exact';
  if (p.stem === m.stem) return 'stem';
  if (p.group !== undefined && p.group === m.group) return 'synonym';
  if (p.raw.length >= TYPO_MIN_LENGTH && (isWithinOneEdit(p.raw, m.raw) || isWithinOneEdit(p.stem, m.stem))) return 'typo';
  return null;
}

/** The words of a phrase that carry its meaning: fillers dropped, unless nothing else is left. */
function meaningfulWords(all: readonly string[]): Word[] {
  const kept = all.filter((w) => !FILLER_WORDS.has(w));
  return (kept.length > 0 ? kept : all).map(toWord);
}

/**
 * A negation between the matched words, or among the NEGATION_REACH meaningful words before the
 * first one ("I don't want to talk to a human": "dont" is two meaningful words before "human").
 * A "no" that opens the message answers something else ("No, I want to talk to a human").
 */
function findNegation(words: readonly Word[], first: number, last: number): string | null {
  const negation = (i: number) => NEGATIONS.has(words[i].raw) && !(i === 0 && words[i].raw === 'no');
  for (let i = first; i <= last; i++) if (negation(i)) return words[i].raw;
  let meaningful = 0;
  for (let i = first - 1; i >= 0 && meaningful < NEGATION_REACH; i--) {
    if (negation(i)) return words[i].raw;
    if (!FILLER_WORDS.has(words[i].raw)) meaningful += 1;
  }
  return null;
}

type Mode = { kind: 'phrase' } | { kind: 'keyword' };

/**
 * Scores one phrase (Human requested) or keyword (Sensitive topic) against a message. Both sides
 * are normalised (case, punctuation, accents kept) and reduced to their meaningful words; a
 * phrase word is said by a message word that is the same, the same after light stemming, a
 * synonym, or (5+ letters) one typo away. Order does not matter, nearness does: the words must sit
 * within the phrase's length plus 4 (a keyword: within its own length). A phrase needs 75 % of its
 * weight (words that name a person weigh 3) and no negation in or just before the match; a keyword
 * needs every word, and a negation does not cancel it (a sensitive topic stays sensitive).
 */
export function scoreMatch(text: string, message: string, mode: Mode): MatchScore {
  const allPhrase = normalizeWords(text);
  const phrase = meaningfulWords(allPhrase);
  const words = normalizeWords(message).map(toWord);
  const needed = mode.kind === 'phrase' ? PHRASE_THRESHOLD : 1;
  const empty: MatchScore = {
    text,
    score: 0,
    needed,
    words: phrase.map((p) => ({ word: p.raw, weight: weightOf(p.stem), as: null, how: null })),
    negatedBy: null,
    fired: false,
  };
  if (phrase.length === 0 || words.length === 0) return empty;

  // table[p][i]: how message word i says phrase word p.
  const table = phrase.map((p) => words.map((m) => howMatched(p, m)));
  const total = phrase.reduce((sum, p) => sum + weightOf(p.stem), 0);
  const width = mode.kind === 'phrase' ? allPhrase.length + PHRASE_SLACK : allPhrase.length;

  let best = empty;
  for (let start = 0; start < words.length; start++) {
    const end = Math.min(words.length, start + width);
    const evidence: WordEvidence[] = [];
    let weight = 0;
    let first = Infinity;
    let last = -1;
    phrase.forEach((p, k) => {
      let at = -1;
      for (let i = start; i < end && at < 0; i++) if (table[k][i]) at = i;
      const w = weightOf(p.stem);
      if (at < 0) return evidence.push({ word: p.raw, weight: w, as: null, how: null });
      weight += w;
      first = Math.min(first, at);
      last = Math.max(last, at);
      evidence.push({ word: p.raw, weight: w, as: words[at].raw, how: table[k][at] });
    });
    if (last < 0 || first !== start) continue; // each window is judged once, from its first match
    const score = Math.round((weight / total) * 100) / 100;
    let negatedBy: string | null = null;
    if (mode.kind === 'phrase' && !allPhrase.some((w) => NEGATIONS.has(w))) {
      negatedBy = findNegation(words, first, last);
    }
    const fired = score >= needed && negatedBy === null;
    const candidate: MatchScore = { text, score, needed, words: evidence, negatedBy, fired };
    if (fired) return candidate;
    if (score > best.score) best = candidate;
  }
  return best;
}
