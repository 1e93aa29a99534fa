import { describe, expect, it } from 'vitest';
import { describeMatch, matchKeyword, matchPhrase, scoreMatch } from '../../src/runtime';
import { isWithinOneEdit } from '../../src/runtime/triggers/isWithinOneEdit';

describe('matchPhrase (human requested)', () => {
  const must: [string, string][] = [
    ['I want to talk to a human', 'I want to talk to a human'],
    ['I want to talk to a human', 'i WANT to talk to a human!!!'],
    ['I want to talk to a human', 'Honestly,   I want to   talk to a real human now'],
    ['I want to talk to a human', 'I want to talk to a humna'], // swapped letters
    ['I want to talk to the manager', 'I want to talk to the mangaer'],
    ['Connect me to a person', 'connect me to a persn'], // one letter missing
    ['Connect me to a person', 'Conect me to a person please'],
    ['Can someone real help me?', 'can someone who is real help me'],
    ['Can someone real help me?', 'Can someone real please help me?'],
    ['I want to talk to the manager', 'No, I want to talk to the manager.'],
    ["I don't want the bot", 'I dont want the bot anymore'],
    // Other words, other order: the issue's own examples.
    ['I want to talk to a human', 'Can I talk to a human please'],
    ['I want to talk to a human', 'human please'],
    ['Connect me to a person', 'get me a real person'],
    ['I want to talk to a human', 'a human I want to talk to'], // order does not matter
    ['I want to talk to a human', 'I want to talk to an agent'], // synonym
    ['I want to talk to a human', 'speaking with humans, please'], // synonym and inflections
    ['I want to talk to the manager', 'get me your supervisor'],
    ['Connect me to a person', 'connect to a person'], // "me" says nothing
    ['I want to talk to a human', 'I wnt to talk to a human'], // "want" is a filler word
  ];
  const mustNot: [string, string][] = [
    ['I want to talk to a human', 'humanity is great'], // no derivational stemming
    ['I want to talk to a human', 'I am not a human'],
    ['I want to talk to a human', "I don't want to talk to a human"],
    ['I want to talk to a human', 'I do not want to talk to a human'],
    ['I want to talk to a human', 'never put me through to a person'],
    ['Connect me to a person', 'Connect me to a personal loan offer'], // 'personal' is 2 edits from 'person'
    ['I want to talk to a human', 'I want to talk'],
    ['Can someone real help me?', 'Can I get some help'],
    ['', 'anything at all'],
    ['I want to talk to a human', 'The weather is nice'],
  ];

  it.each(must)('"%s" matches "%s"', (phrase, message) => expect(matchPhrase(phrase, message)).toBe(true));
  it.each(mustNot)('"%s" does not match "%s"', (phrase, message) => expect(matchPhrase(phrase, message)).toBe(false));
});

describe('scoreMatch explains itself', () => {
  it('says which word said what, and how', () => {
    const s = scoreMatch('I want to talk to a human', 'agent please', { kind: 'phrase' });
    expect(s).toMatchObject({ score: 0.75, needed: 0.75, fired: true, negatedBy: null });
    expect(s.words).toEqual([
      { word: 'talk', weight: 1, as: null, how: null },
      { word: 'human', weight: 3, as: 'agent', how: 'synonym' },
    ]);
    expect(describeMatch(s)).toBe('score 0.75 of 0.75 needed: “talk” missing, “human” as “agent” (synonym)');
  });

  it('names the negation that cancelled a sufficient match', () => {
    const s = scoreMatch('I want to talk to a human', "I don't want to talk to a human", { kind: 'phrase' });
    expect(s).toMatchObject({ score: 1, fired: false, negatedBy: 'dont' });
    expect(describeMatch(s)).toContain('cancelled by “dont”');
  });

  it('reports a partial match with what is missing', () => {
    const s = scoreMatch('Connect me to a person', 'connect me to billing', { kind: 'phrase' });
    expect(s.fired).toBe(false);
    expect(s.score).toBe(0.25);
    expect(describeMatch(s)).toBe('score 0.25 of 0.75 needed: “connect”, “person” missing');
  });

  it('tells stems and typos apart', () => {
    const s = scoreMatch('talk to a human', 'talking to a humna', { kind: 'phrase' });
    expect(s.words.map((w) => w.how)).toEqual(['stem', 'typo']);
  });
});

describe('isWithinOneEdit (Damerau–Levenshtein ≤ 1)', () => {
  it.each([
    ['human', 'human', true],
    ['human', 'humna', true],
    ['human', 'huma', true],
    ['human', 'humans', true],
    ['human', 'hxman', true],
    ['human', 'hmuna', false],
    ['human', 'hum', false],
    ['person', 'personal', false],
    ['', 'a', true],
  ] as const)('%s ~ %s → %s', (a, b, expected) => {
    expect(isWithinOneEdit(a, b)).toBe(expected);
    expect(isWithinOneEdit(b, a)).toBe(expected);
  });
});

describe('matchKeyword (sensitive topic)', () => {
  it('matches whole words, case and punctuation ignored, inflections and synonyms counted', () => {
    expect(matchKeyword('refund', 'I want a REFUND!')).toBe(true);
    expect(matchKeyword('refund', 'it was refunded')).toBe(true);
    expect(matchKeyword('refund', 'refundable fares')).toBe(false);
    expect(matchKeyword('legal action', 'we will take legal action.')).toBe(true);
    expect(matchKeyword('legal action', 'action, legal')).toBe(true); // any order, side by side
    expect(matchKeyword('legal action', 'legal department action')).toBe(false);
    expect(matchKeyword('cancel my account', 'Please close my account')).toBe(true);
    expect(matchKeyword('cancel my account', 'cancel the order for my account')).toBe(false);
    expect(matchKeyword('lawyer', 'my lawyr will call')).toBe(true);
    expect(matchKeyword('lawyer', "I don't need a lawyer")).toBe(true); // a topic stays sensitive
    expect(matchKeyword('', 'anything')).toBe(false);
  });
});
