import { scoreMatch } from './scoreMatch';

/**
 * The "sensitive topic" rule: every word of a keyword appears next to the others, in any order,
 * as itself, an inflection, a synonym or (5+ letters) with one typo: "cancel my account" matches
 * "Close my account!" but not "cancel the order for my account". See scoreMatch.
 */
export function matchKeyword(keyword: string, message: string): boolean {
  return scoreMatch(keyword, message, { kind: 'keyword' }).fired;
}
