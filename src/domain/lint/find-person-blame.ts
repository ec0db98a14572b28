/** @module Finds sentences where a person is the subject of a failure: "Marta forgot to renew". */
import {
  BLAME_NOUN,
  BLAME_VERB,
  HINDSIGHT,
  PASSIVE_BLAME_VERB,
  PERSON_WORD,
  SUBJECT_BREAKERS,
} from './blame-lexicon.js';
import { type Hit, type Located, locateMatches } from './hits.js';
import type { ScannedText, Token } from './scan-text.js';

interface Person extends Located {
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
]);
const DETERMINERS = new Set([
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
const VERDICT_NOUN = /(?<![\p{L}])(?:mistake|fault|error|blame)(?![\p{L}])/u;

/** Every blame-person-cause and possessive blame-human-error hit in `scan`. */
export function findPersonBlame(scan: ScannedText, names: RegExp | null): Hit[] {
  const people = findPeople(scan, names);
  const hits: Hit[] = [];
  for (const verb of locateMatches(BLAME_VERB, scan.lower, scan.tokens)) {
    const subject = findSubject(scan.tokens, people, verb);
    if (subject) hits.push({ rule: 'blame-person-cause', start: subject.start, end: verb.end });
  }
  for (const verb of locateMatches(PASSIVE_BLAME_VERB, scan.lower, scan.tokens)) {
    const agent = people[lastPersonBefore(people, verb.last + 1) + 1];
    if (
      agent &&
      !agent.possessive &&
      wordsBetween(scan.tokens, verb.last, agent.first) <= 2 &&
      sameClause(scan.tokens, verb.last, agent.first)
    ) {
      hits.push({ rule: 'blame-person-cause', start: verb.start, end: agent.end });
    }
  }
  for (const wish of locateMatches(HINDSIGHT, scan.lower, scan.tokens)) {
    if (!scan.lower.startsWith('if only', wish.start)) continue;
    const hit = findIfOnlyHad(scan, people, wish);
    if (hit) hits.push(hit);
  }
  for (const person of people) {
    if (person.possessive) {
      const hit = findPossessiveBlame(scan, person);
      if (hit) hits.push(hit);
    }
  }
  return hits;
}

function findPeople(scan: ScannedText, names: RegExp | null): Person[] {
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
function findSubject(tokens: Token[], people: Person[], verb: Located): Person | null {
  const person = people[lastPersonBefore(people, verb.first)];
  if (!person || !sameClause(tokens, person.last, verb.first)) return null;
  if (wordsBetween(tokens, person.last, verb.first) > MAX_GAP) return null;
  if (person.possessive || isObject(tokens, person) || isDenied(tokens, person)) return null;
  return hasBreaker(tokens, person, verb.first) ? null : person;
}

/** The index of the last person ending before token `token`, or -1 (people are in text order). */
function lastPersonBefore(people: Person[], token: number): number {
  let low = 0;
  let high = people.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (people[middle]!.last < token) low = middle + 1;
    else high = middle;
  }
  return low - 1;
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

function isObject(tokens: Token[], person: Person): boolean {
  let i = person.first - 1;
  while (i >= 0 && DETERMINERS.has(tokens[i]!.lower)) i--;
  return i >= 0 && PREPOSITIONS.has(tokens[i]!.lower);
}

function isDenied(tokens: Token[], person: Person): boolean {
  for (let i = person.first - 1; i >= 0 && i >= person.first - 3; i--) {
    if (tokens[i]!.clause !== tokens[person.first]!.clause) return false;
    if (DENIALS.has(tokens[i]!.lower)) return true;
  }
  return false;
}

function findIfOnlyHad(scan: ScannedText, people: Person[], wish: Located): Hit | null {
  const { tokens } = scan;
  const person = people[lastPersonBefore(people, wish.last + 1) + 1];
  if (!person || person.possessive || person.first - wish.last > 4) return null;
  const had = tokens[person.last + 1];
  const next = tokens[person.last + 2];
  if (had?.lower !== 'had' || !next?.isWord) return null;
  return { rule: 'blame-person-cause', start: wish.start, end: next.end };
}

function findPossessiveBlame(scan: ScannedText, person: Person): Hit | null {
  const { tokens } = scan;
  const afterApostrophe = scan.lower.startsWith("'s", person.end) ? person.end + 2 : person.end + 1;
  const noun = BLAME_NOUN.exec(scan.lower.slice(afterApostrophe, afterApostrophe + 40));
  if (noun) {
    return {
      rule: 'blame-human-error',
      start: person.start,
      end: afterApostrophe + noun[0].length,
    };
  }
  // "The mistake was entirely Felix's." — the owner comes last in the clause.
  const next = tokens[person.last + 1];
  const clause = tokens[person.last]!.clause;
  if (next?.isWord && next.clause === clause) return null;
  let from = person.first;
  while (from > 0 && tokens[from - 1]!.clause === clause) from--;
  const clauseText = scan.lower.slice(tokens[from]!.start, person.start);
  if (!VERDICT_NOUN.test(clauseText)) return null;
  return { rule: 'blame-human-error', start: person.start, end: tokens[person.last]!.end };
}

function sameClause(tokens: Token[], a: number, b: number): boolean {
  return tokens[a]?.clause === tokens[b]?.clause;
}

function wordsBetween(tokens: Token[], from: number, to: number): number {
  let count = 0;
  for (let i = from + 1; i < to; i++) if (tokens[i]!.isWord) count++;
  return count;
}
