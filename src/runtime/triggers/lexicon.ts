/**
 * The word lists the message matcher reads: which words carry no meaning of their own, which
 * words say the same thing, and how inflected forms are reduced. Deliberately small and written
 * out, so a designer can read exactly why a message matched (docs/simulator.md, "How messages
 * match"). Everything here is lower case, after normalizeWords.
 */

/** Words that carry no request of their own: they neither count for nor against a match. */
export const FILLER_WORDS: ReadonlySet<string> = new Set([
  'i', 'im', 'me', 'my', 'myself', 'you', 'your', 'we', 'us', 'our', 'it', 'its', 'this', 'that', 'there', 'here',
  'a', 'an', 'the', 'some', 'any', 'to', 'with', 'for', 'of', 'on', 'in', 'at', 'by', 'from', 'and', 'or', 'so', 'then',
  'is', 'am', 'are', 'be', 'was', 'been', 'do', 'does', 'did', 'have', 'has', 'had',
  'can', 'could', 'would', 'will', 'shall', 'should', 'may', 'might', 'must',
  'want', 'wanna', 'need', 'like', 'let', 'lets', 'get', 'go', 'just', 'now', 'please', 'pls', 'plz', 'ok', 'okay',
  'hi', 'hello', 'hey', 'thanks', 'thank', 'who', 'what', 'really', 'very', 'right', 'away', 'asap',
]);

/**
 * Groups of words that mean the same thing in a request for a person. A phrase word matches any
 * word of its group ("human" matches "person", "agent", "someone").
 */
const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  ['human', 'person', 'people', 'agent', 'someone', 'somebody', 'representative', 'rep', 'operator', 'staff', 'employee', 'individual'],
  ['manager', 'supervisor', 'boss', 'superior'],
  ['talk', 'speak', 'chat', 'connect', 'transfer', 'reach', 'contact', 'call'],
  ['real', 'live', 'actual', 'genuine'],
  ['help', 'assist', 'support', 'assistance'],
  ['cancel', 'close', 'terminate', 'delete'],
  ['complaint', 'complain'],
  ['lawyer', 'attorney', 'solicitor'],
];

/**
 * Words that name the one thing a request for a person is about. They weigh three times as much as
 * any other word, so "human please" still says most of "I want to talk to a human".
 */
const HEAVY_GROUPS = new Set([0, 1]);
export const HEAVY_WEIGHT = 3;

const groupOf = new Map<string, number>();
SYNONYM_GROUPS.forEach((group, i) => group.forEach((word) => groupOf.set(word, i)));

/** The synonym group of a (stemmed) word, or undefined. */
export function synonymGroup(word: string): number | undefined {
  return groupOf.get(word);
}

export function weightOf(word: string): number {
  const group = groupOf.get(word);
  return group !== undefined && HEAVY_GROUPS.has(group) ? HEAVY_WEIGHT : 1;
}

/** Negations that turn a request around ("I do NOT want to talk to a human"). */
export const NEGATIONS: ReadonlySet<string> = new Set(['not', 'never', 'no', 'dont', 'doesnt', 'didnt', 'wont', 'cant', 'cannot', 'nobody', 'without']);

const DOUBLED = /([bdgkmnprt])\1$/;

/**
 * Light (inflectional) stemming: plurals, -ed, -ing; nothing derivational. A Porter stemmer was
 * tried and refused because it makes "humanity" "human" and "personal" "person", which are the
 * false matches this matcher exists to avoid.
 */
export function stem(word: string): string {
  if (word.length <= 3 || NEGATIONS.has(word)) return word;
  let w = word;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (/(ss|us|is)$/.test(w)) return w;
  else if (/(ches|shes|xes|sses|zes)$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith('s')) w = w.slice(0, -1);
  else if (w.endsWith('ing') && w.length > 5) w = w.slice(0, -3);
  else if (w.endsWith('ed') && w.length > 4) w = w.slice(0, -2);
  else return w;
  return DOUBLED.test(w) && w.length > 3 ? w.slice(0, -1) : w;
}
