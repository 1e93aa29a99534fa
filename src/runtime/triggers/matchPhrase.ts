import { scoreMatch } from './scoreMatch';

/**
 * The "human requested" rule: true when a message says what a configured phrase says, in any word
 * order, in other words (synonyms, inflections) or with a typo, and does not negate it. Only the
 * phrases the designer configured count: no built-in intent list. See scoreMatch for the rules.
 */
export function matchPhrase(phraseText: string, message: string): boolean {
  return scoreMatch(phraseText, message, { kind: 'phrase' }).fired;
}
