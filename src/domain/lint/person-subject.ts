/** @module Finds the people in a text and decides which of them is the subject of a verb. */
import { PERSON_WORD, SUBJECT_BREAKERS } from './blame-lexicon.js';
import { type Located, locateMatches } from './hits.js';
import type { ScannedText, Token } from './scan-text.js';

export interface Person extends Located {
  possessive: boolean;
}

// A subject rarely sits further than this many words before its verb ("Yuki, who was on call, was slow").
const MAX_GAP = 6;
const PREPOSITIONS = new Set([
  'by',
  'to',
  'from',
  'with',
  'for',
  'of',
  'at',
  'about',
  'than',
  'on',
  'in',
  'into',
]);
export const DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'our',
  'their',
  'his',
  'her',
  'its',
  'this',
  'that',
]);
const DENIALS = new Set(['not', 'never', 'nobody', "wasn't", "isn't", 'no']);
// Words before a plural noun that mark it as a noun: "the workers", "both replicas", "two pods".
const PLURAL_LEADS = new Set([
  ...DETERMINERS,
  'these',
  'those',
  'all',
  'both',
  'some',
  'many',
  'several',
  'other',
  'two',
  'three',
  'four',
  'five',
]);
const EXPLANATIONS = new Set(['because', 'since', 'as', 'due']);
// How far back "they" looks for the plural it stands for.
const REFERENCE_WINDOW = 25;

/** Every participant name and person word in `scan`, in text order. */
export function findPeople(scan: ScannedText, names: RegExp | null): Person[] {
  const found = locateMatches(PERSON_WORD, scan.lower, scan.tokens).filter(
    // "i" is a person only as the capital pronoun, never as a list marker or variable.
    (match) => scan.lower.slice(match.start, match.end) !== 'i' || scan.text[match.start] === 'I',
  );
  if (names) found.push(...locateMatches(names, scan.text, scan.tokens));
  found.sort((a, b) => a.start - b.start);
  return found.map((match) => ({
    ...match,
    possessive: scan.lower.startsWith("'", match.end),
  }));
}

/** The nearest person before the verb, if nothing separates them: the verb's likely subject. */
export function findSubject(
  scan: ScannedText,
  people: Person[],
  verb: Located,
  maxGap = MAX_GAP,
): Person | null {
  const { tokens } = scan;
  const person = people[lastPersonBefore(people, verb.first)];
  if (!person || !sameClause(tokens, person.last, verb.first)) return null;
  if (wordsBetween(tokens, person.last, verb.first) > maxGap) return null;
  if (person.possessive || isObject(tokens, person) || isDenied(tokens, person)) return null;
  if (hasBreaker(tokens, person, verb.first)) return null;
  if (isThingPronoun(tokens, people, person) || isExplainedWe(tokens, people, person, verb)) {
    return null;
  }
  return person;
}

/** The index of the last person ending before token `token`, or -1 (people are in text order). */
export function lastPersonBefore(people: Person[], token: number): number {
  let low = 0;
  let high = people.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (people[middle]!.last < token) low = middle + 1;
    else high = middle;
  }
  return low - 1;
}

/** True when token `index` is part of a person. */
export function isPersonAt(people: Person[], index: number): boolean {
  const person = people[lastPersonBefore(people, index) + 1];
  return person !== undefined && person.first <= index;
}

function hasBreaker(tokens: Token[], person: Person, verbFirst: number): boolean {
  for (let i = person.last + 1; i < verbFirst; i++) {
    const token = tokens[i]!;
    if (SUBJECT_BREAKERS.has(token.lower)) return true;
    // "asking who made" puts a new subject in; "the engineer who approved" keeps the same one.
    if (token.lower === 'who' && i !== person.last + 1 && tokens[i - 1]!.lower !== ',') return true;
    if (token.lower === 'and' && DETERMINERS.has(tokens[i + 1]?.lower ?? '')) return true;
  }
  return false;
}

/** True when a preposition governs the person: "paged by the on-call", "sent to Mei". */
export function isObject(tokens: Token[], person: Person): boolean {
  let i = person.first - 1;
  while (i >= 0 && DETERMINERS.has(tokens[i]!.lower)) i--;
  return i >= 0 && PREPOSITIONS.has(tokens[i]!.lower);
}

/** True when the person is denied just before: "not the on-call", "nobody". */
export function isDenied(tokens: Token[], person: Person): boolean {
  for (let i = person.first - 1; i >= 0 && i >= person.first - 3; i--) {
    if (tokens[i]!.clause !== tokens[person.first]!.clause) return false;
    if (DENIALS.has(tokens[i]!.lower)) return true;
  }
  return false;
}

/**
 * "they" stands for the nearest plural noun before it (this sentence or the one before): "the
 * workers crashed and they didn't come back" is about workers, not people.
 */
function isThingPronoun(tokens: Token[], people: Person[], person: Person): boolean {
  if (tokens[person.first]!.lower !== 'they') return false;
  const sentence = tokens[person.first]!.sentence;
  for (let i = person.first - 1; i >= 0 && i >= person.first - REFERENCE_WINDOW; i--) {
    const token = tokens[i]!;
    if (token.sentence < sentence - 1) return false;
    if (!isPluralNoun(tokens, i)) continue;
    return !isPersonAt(people, i);
  }
  return false;
}

function isPluralNoun(tokens: Token[], i: number): boolean {
  const word = tokens[i]!.lower;
  if (word.length < 4 || !word.endsWith('s') || /(?:ss|us|is|'s)$/.test(word)) return false;
  const before = tokens[i - 1]?.lower ?? '';
  const twoBefore = tokens[i - 2]?.lower ?? '';
  return PLURAL_LEADS.has(before) || /\d/.test(before) || PLURAL_LEADS.has(twoBefore);
}

/**
 * "We missed the signal because the dashboard …": a team naming a miss and, in the same
 * sentence, the system condition behind it is describing, not blaming.
 */
function isExplainedWe(tokens: Token[], people: Person[], person: Person, verb: Located): boolean {
  if (tokens[person.first]!.lower !== 'we') return false;
  const sentence = tokens[verb.last]!.sentence;
  for (let i = verb.last + 1; i < tokens.length && tokens[i]!.sentence === sentence; i++) {
    if (!EXPLANATIONS.has(tokens[i]!.lower)) continue;
    if (tokens[i]!.lower === 'due' && tokens[i + 1]?.lower !== 'to') continue;
    let next = i + 1;
    while (next < tokens.length && /^(?:to|of|the|a|an)$/.test(tokens[next]!.lower)) next++;
    return next < tokens.length && !isPersonAt(people, next);
  }
  return false;
}

export function sameClause(tokens: Token[], a: number, b: number): boolean {
  return tokens[a]?.clause === tokens[b]?.clause;
}

export function wordsBetween(tokens: Token[], from: number, to: number): number {
  let count = 0;
  for (let i = from + 1; i < to; i++) if (tokens[i]!.isWord) count++;
  return count;
}
