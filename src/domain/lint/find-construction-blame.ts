/**
 * @module Blame carried by a construction rather than a failure verb: manner ("typed it into the
 * wrong window"), gerunds ("one person not reading the diff"), verdicts ("this is on Carlos") and
 * counterfactual conditions ("Had the analyst checked …, … would have").
 */
import { BLAME_GERUND, FAULT_MARKER, ON_PERSON_VERDICT, TOLD_NOT_TO } from './blame-lexicon.js';
import { type Hit, isNegated, type Located, locateMatches } from './hits.js';
import {
  DETERMINERS,
  findSubject,
  isDenied,
  isObject,
  lastPersonBefore,
  type Person,
} from './person-subject.js';
import type { ScannedText, Token } from './scan-text.js';

// A manner marker can sit further from its subject than a verb: "Leo typed DROP TABLE into the wrong".
const MANNER_GAP = 10;
// Words after a person that make them the receiver of the action: "Leo was given the wrong key".
const PASSIVE_WORDS = new Set([
  'was',
  'were',
  'is',
  'are',
  'been',
  'being',
  'got',
  'gets',
  'get',
  'received',
  'given',
  'shown',
  'sent',
  'handed',
  'told',
  'asked',
]);
// Words that may precede a clause's subject: "then Leo …", "At 09:14 Leo …", "Honestly, Bea …".
const SUBJECT_LEADS = new Set([
  ',',
  'and',
  'then',
  'so',
  'also',
  'later',
  'next',
  'finally',
  'eventually',
  'meanwhile',
  'once',
  'again',
]);
const ADVERBS = new Set(['just', 'only', 'simply', 'actually', 'even', 'really', 'ever']);
// What follows "had" when the person is not the doer: "had been paged", "had had no runbook".
const NOT_DEEDS = new Set([
  'been',
  'had',
  'received',
  'got',
  'gotten',
  'known',
  'seen',
  'access',
  'to',
  'a',
  'an',
  'the',
  'any',
  'no',
  'more',
  'enough',
]);
const MODALS = new Set(['would', "wouldn't", 'could', "couldn't", 'might']);

/** Every construction-borne blame hit in `scan`, given the people found in it. */
export function findConstructionBlame(scan: ScannedText, people: Person[]): Hit[] {
  const { tokens } = scan;
  const hits: Hit[] = [];
  for (const gerund of locateMatches(BLAME_GERUND, scan.lower, tokens)) {
    const person = people[lastPersonBefore(people, gerund.first)];
    if (!person || isDenied(tokens, person)) continue;
    const gap = gerund.first - person.last - 1;
    if (gap === 0 || (gap === 1 && ADVERBS.has(tokens[person.last + 1]!.lower))) {
      hits.push({ rule: 'blame-person-cause', start: person.start, end: gerund.end });
    }
  }
  for (const marker of locateMatches(FAULT_MARKER, scan.lower, tokens)) {
    const person = findMannerSubject(scan, people, marker);
    if (person) hits.push({ rule: 'blame-person-cause', start: person.start, end: marker.end });
  }
  for (const marker of locateMatches(TOLD_NOT_TO, scan.lower, tokens)) {
    if (hasEarlierSubject(tokens, people, marker)) {
      hits.push({ rule: 'blame-person-cause', start: marker.start, end: marker.end });
    }
  }
  for (const verdict of locateMatches(ON_PERSON_VERDICT, scan.lower, tokens)) {
    const hit = findOnPerson(tokens, people, verdict);
    if (hit) hits.push(hit);
  }
  tokens.forEach((token, i) => {
    if (token.lower !== 'if' && token.lower !== 'had') return;
    const hit = findCounterfactual(tokens, people, i);
    if (hit) hits.push(hit);
  });
  return hits;
}

function findMannerSubject(scan: ScannedText, people: Person[], marker: Located): Person | null {
  if (isNegated(scan, marker)) return null;
  const { tokens } = scan;
  const person = findSubject(scan, people, marker, MANNER_GAP);
  if (!person || !isSubjectPosition(tokens, person)) return null;
  for (let i = person.last + 1; i < marker.first; i++) {
    if (PASSIVE_WORDS.has(tokens[i]!.lower)) return null;
  }
  return person;
}

/** True when nothing but a determiner, an adjective or a lead-in word precedes the person. */
function isSubjectPosition(tokens: Token[], person: Person): boolean {
  const clause = tokens[person.first]!.clause;
  let i = person.first - 1;
  while (i >= 0 && DETERMINERS.has(tokens[i]!.lower)) i--;
  // "the junior engineer", "the vendor's engineers": one modifier after a determiner.
  if (i === person.first - 1 && i >= 1 && DETERMINERS.has(tokens[i - 1]!.lower)) {
    i -= 2;
    while (i >= 0 && DETERMINERS.has(tokens[i]!.lower)) i--;
  }
  if (i < 0 || tokens[i]!.clause !== clause) return true;
  const word = tokens[i]!.lower;
  return SUBJECT_LEADS.has(word) || /\d/.test(word) || /ly$/.test(word);
}

/** "… even though she was told not to": someone earlier in the sentence acted against advice. */
function hasEarlierSubject(tokens: Token[], people: Person[], marker: Located): boolean {
  const sentence = tokens[marker.first]!.sentence;
  for (let p = lastPersonBefore(people, marker.first); p >= 0; p--) {
    const person = people[p]!;
    if (tokens[person.first]!.sentence !== sentence) return false;
    if (!person.possessive && !isObject(tokens, person) && isSubjectPosition(tokens, person)) {
      return true;
    }
  }
  return false;
}

/** "This is on Carlos", "the outage falls squarely on the platform team". */
function findOnPerson(tokens: Token[], people: Person[], verdict: Located): Hit | null {
  const person = people[lastPersonBefore(people, verdict.last + 1) + 1];
  if (!person || person.possessive) return null;
  const gap = person.first - verdict.last - 1;
  if (gap > 1 || (gap === 1 && !DETERMINERS.has(tokens[verdict.last + 1]!.lower))) return null;
  // "it is on the on-call to decide" assigns a duty, not a fault.
  if (tokens[person.last + 1]?.lower === 'to') return null;
  return { rule: 'blame-human-error', start: verdict.start, end: person.end };
}

/**
 * "If Ana had read …, she'd have known", "Had the analyst checked …, … would never have": a
 * person's deed as the condition of a better outcome.
 */
function findCounterfactual(tokens: Token[], people: Person[], at: number): Hit | null {
  const token = tokens[at]!;
  const inverted = token.lower === 'had';
  if (inverted) {
    const previous = tokens[at - 1];
    if (previous && previous.clause === token.clause && previous.lower !== ',') return null;
  }
  let i = at + 1;
  while (i < tokens.length && DETERMINERS.has(tokens[i]!.lower)) i++;
  const person = people[lastPersonBefore(people, i) + 1];
  if (!person || person.first !== i || person.possessive) return null;
  i = person.last + 1;
  if (!inverted) {
    if (tokens[i]?.lower !== 'had') return null;
    i++;
  }
  while (i < tokens.length && ADVERBS.has(tokens[i]!.lower)) i++;
  const deed = tokens[i];
  if (!deed?.isWord || NOT_DEEDS.has(deed.lower) || deed.sentence !== token.sentence) return null;
  if (!hasConsequence(tokens, i + 1)) return null;
  return { rule: 'blame-person-cause', start: token.start, end: deed.end };
}

/** True when a "would have" / "she'd have" consequence follows in the same sentence. */
function hasConsequence(tokens: Token[], from: number): boolean {
  const sentence = tokens[from - 1]!.sentence;
  for (let i = from; i < tokens.length && tokens[i]!.sentence === sentence; i++) {
    const word = tokens[i]!.lower;
    if (word === "would've" || word === "could've") return true;
    if (!MODALS.has(word) && !word.endsWith("'d")) continue;
    if (tokens[i + 1]?.lower === 'have' || tokens[i + 2]?.lower === 'have') return true;
  }
  return false;
}
