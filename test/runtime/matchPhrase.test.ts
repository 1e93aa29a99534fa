import { describe, expect, it } from 'vitest';
import { matchKeyword, matchPhrase } from '../../src/runtime';
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
  ];
  const mustNot: [string, string][] = [
    ['I want to talk to a human', 'I am not a human'],
    ['I want to talk to a human', "I don't want to talk to a human"],
    ['I want to talk to a human', 'I do not want to talk to a human'],
    ['I want to talk to a human', 'a human I want to talk to'], // order matters
    ['I want to talk to a human', 'I want to talk to an agent'],
    ['Connect me to a person', 'Connect me to a personal loan offer'], // 'personal' is 2 edits from 'person'
    ['Connect me to a person', 'connect to a person'], // every phrase word is needed
    ['Connect me to a person', 'Connect me with the billing department, then maybe later to a person'], // too many words between
    ['I want to talk to a human', 'I want to talk'],
    ['Can someone real help me?', 'Can someone help me'],
    ['', 'anything at all'],
    ['I want to talk to a human', 'I wnt to talk to a human'], // 'want' is short: no typo allowed
  ];

  it.each(must)('"%s" matches "%s"', (phrase, message) => expect(matchPhrase(phrase, message)).toBe(true));
  it.each(mustNot)('"%s" does not match "%s"', (phrase, message) => expect(matchPhrase(phrase, message)).toBe(false));
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
  it('matches whole words, case and punctuation ignored', () => {
    expect(matchKeyword('refund', 'I want a REFUND!')).toBe(true);
    expect(matchKeyword('refund', 'it was refunded')).toBe(false);
    expect(matchKeyword('legal action', 'we will take legal action.')).toBe(true);
    expect(matchKeyword('legal action', 'legal department action')).toBe(false);
    expect(matchKeyword('', 'anything')).toBe(false);
  });
});
