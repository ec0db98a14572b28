/** @module Finds sentences where a person is the subject of a failure: "Marta forgot to renew". */
import { BLAME_NOUN, BLAME_VERB, HINDSIGHT, PASSIVE_BLAME_VERB } from './blame-lexicon.js';
import { findConstructionBlame } from './find-construction-blame.js';
import { type Hit, type Located, locateMatches } from './hits.js';
import {
  findPeople,
  findSubject,
  lastPersonBefore,
  type Person,
  sameClause,
  wordsBetween,
} from './person-subject.js';
import type { ScannedText } from './scan-text.js';

const VERDICT_NOUN = /(?<![\p{L}])(?:mistake|fault|error|blame)(?![\p{L}])/u;

/** Every blame-person-cause and possessive blame-human-error hit in `scan`. */
export function findPersonBlame(scan: ScannedText, names: RegExp | null): Hit[] {
  const people = findPeople(scan, names);
  const hits: Hit[] = [];
  for (const verb of locateMatches(BLAME_VERB, scan.lower, scan.tokens)) {
    const subject = findSubject(scan, people, verb);
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
  hits.push(...findConstructionBlame(scan, people));
  return hits;
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
