import { isWithinOneEdit } from './isWithinOneEdit';
import { normalizeWords } from './normalizeWords';

/** Typos are forgiven only in words this long; short words ("to", "me", "the") must be exact. */
const TYPO_MIN_LENGTH = 5;
/** At most this many extra words between two consecutive phrase words ("talk to a REAL human"). */
const MAX_GAP = 3;
/**
 * Negations that turn a request around ("I do NOT want to talk to a human"). One inside the
 * matched span, or directly before it, cancels the match unless the phrase itself has it.
 */
const NEGATIONS = new Set(['not', 'never', 'no', 'dont', 'doesnt', 'didnt', 'wont', 'cant', 'cannot', 'nobody', 'without']);

function sameWord(phraseWord: string, word: string): boolean {
  return phraseWord === word || (phraseWord.length >= TYPO_MIN_LENGTH && isWithinOneEdit(phraseWord, word));
}

/** Index after the end of a match of `phrase` starting exactly at `start`, or -1. */
function matchFrom(phrase: readonly string[], words: readonly string[], start: number): number {
  let at = start;
  for (let p = 1; p < phrase.length; p++) {
    let found = -1;
    for (let j = at + 1; j < words.length && j <= at + 1 + MAX_GAP; j++) {
      if (sameWord(phrase[p], words[j])) {
        found = j;
        break;
      }
    }
    if (found < 0) return -1;
    at = found;
  }
  return at + 1;
}

/**
 * The "human requested" rule: a message matches a configured phrase when, after normalising case,
 * punctuation and whitespace, it contains the phrase's words in order, with at most 3 extra words
 * between two of them, each word equal or — for words of 5+ letters — one typo away
 * (Damerau–Levenshtein ≤ 1), and no negation the phrase lacks inside or just before the match.
 * Only the phrases the designer configured count: no built-in intent list.
 */
export function matchPhrase(phraseText: string, message: string): boolean {
  const phrase = normalizeWords(phraseText);
  if (phrase.length === 0) return false;
  const words = normalizeWords(message);
  const phraseNegated = phrase.some((w) => NEGATIONS.has(w));
  for (let start = 0; start < words.length; start++) {
    if (!sameWord(phrase[0], words[start])) continue;
    const end = matchFrom(phrase, words, start);
    if (end < 0) continue;
    if (phraseNegated) return true;
    // "No, I want to talk to a human" is still a request: a leading "no" answers something else.
    const before = start > 0 ? words[start - 1] : '';
    const negatedBefore = before !== 'no' && NEGATIONS.has(before);
    if (!negatedBefore && !words.slice(start, end).some((w) => NEGATIONS.has(w))) return true;
  }
  return false;
}
