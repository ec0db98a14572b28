/** @module The vagueness rules for one action item: a concrete change, to a named thing, measurably. */
import { type Hit, isNegated, locateMatches } from './hits.js';
import type { ScannedText, Token } from './scan-text.js';
import {
  ABSTRACT_OBJECTS,
  APPEAL_AFTER_BE,
  CAUSED_ACTIONS,
  COMMON_COMPOUND,
  COMPARATIVES,
  CONCRETE_NOUNS,
  CONCRETE_VERBS,
  DECISION,
  GENERIC_QUANTIFIERS,
  LEADING_FILLER,
  MEASURABLE,
  OPEN_ENDED_VERBS,
  OUTCOME_VERBS,
  PHRASE_INTENSIFIERS,
  VAGUE_EXHORTATION,
} from './vague-lexicon.js';

/** What an action item is missing, named in the finding's message. */
export type MissingPart = 'change' | 'object' | 'outcome';

export interface VagueHit extends Hit {
  missing: MissingPart[];
  verb: string;
}

interface Head {
  phrase: string;
  first: number;
  last: number;
}

const LATER_CLAUSE = new Set(['and', 'then', ';', ',']);

/** The vague-* hit for an action item, or null when it names a concrete, checkable change. */
export function checkActionItem(scan: ScannedText): VagueHit | null {
  const { tokens } = scan;
  const exhortation = locateMatches(VAGUE_EXHORTATION, scan.lower, tokens).find(
    (match) => !isNegated(scan, match),
  );
  const head = findHead(scan);
  if (exhortation) {
    const missing = missingParts(scan, head, 'change');
    const verb = scan.lower.slice(exhortation.start, exhortation.end);
    return {
      rule: 'vague-exhortation',
      start: exhortation.start,
      end: exhortation.end,
      missing,
      verb,
    };
  }
  if (!head) return null;
  const appeal = tokens[head.first + 1];
  if (head.phrase === 'be' && appeal && APPEAL_AFTER_BE.has(appeal.lower)) {
    // "Be more thoughtful …": any degree of a virtue is still an appeal, whatever the adjective.
    const end = tokens[head.first + 2]?.isWord ? tokens[head.first + 2]!.end : appeal.end;
    return {
      rule: 'vague-exhortation',
      start: tokens[head.first]!.start,
      end,
      missing: missingParts(scan, head, 'change'),
      verb: scan.lower.slice(tokens[head.first]!.start, end),
    };
  }
  const rest = scan.lower.slice(tokens[head.last]!.end);
  const measurable = MEASURABLE.test(rest);
  const objectAt = findObject(scan, head.last + 1);
  const start = tokens[head.first]!.start;
  if (OPEN_ENDED_VERBS.has(head.phrase)) {
    if (measurable || DECISION.test(rest) || hasLaterChange(scan, head)) return null;
    const missing = missingParts(scan, head, 'change');
    return {
      rule: 'vague-open-ended-verb',
      start,
      end: tokens[head.last]!.end,
      missing,
      verb: head.phrase,
    };
  }
  if (OUTCOME_VERBS.has(head.phrase)) {
    if (measurable || isCausedAction(scan, head)) return null;
    const end = clauseEnd(tokens, head.first);
    return {
      rule: 'vague-no-measurable-outcome',
      start,
      end,
      missing: missingParts(scan, head, 'outcome'),
      verb: head.phrase,
    };
  }
  if (!measurable && !CONCRETE_VERBS.has(head.phrase) && hasVagueComparative(scan, head)) {
    // "Get the mobile team more involved in reviews": a change of degree with no measure.
    return {
      rule: 'vague-no-measurable-outcome',
      start,
      end: clauseEnd(tokens, head.first),
      missing: missingParts(scan, head, 'outcome'),
      verb: head.phrase,
    };
  }
  if (measurable) return null;
  if (objectAt !== -1 && !hasAbstractObject(tokens, head)) return null;
  const end = clauseEnd(tokens, head.first);
  return {
    rule: 'vague-no-object',
    start,
    end,
    missing: missingParts(scan, head, 'object'),
    verb: head.phrase,
  };
}

function findHead(scan: ScannedText): Head | null {
  const { tokens } = scan;
  const skip = LEADING_FILLER.exec(scan.lower)?.[0].length ?? 0;
  const first = tokens.findIndex((token) => token.isWord && token.start >= skip);
  if (first === -1) return null;
  // "Let's look deeper at …" is "look at": intensifiers inside a phrase do not change the verb.
  const picked = [first];
  for (let i = first + 1; i < tokens.length && picked.length < 3 && tokens[i]!.isWord; i++) {
    if (!PHRASE_INTENSIFIERS.has(tokens[i]!.lower) || i > first + 3) picked.push(i);
  }
  for (const size of [3, 2]) {
    if (picked.length < size) continue;
    const phrase = picked
      .slice(0, size)
      .map((index) => tokens[index]!.lower)
      .join(' ');
    if (OPEN_ENDED_VERBS.has(phrase) || OUTCOME_VERBS.has(phrase)) {
      return { phrase, first, last: picked[size - 1]! };
    }
  }
  return { phrase: tokens[first]!.lower, first, last: first };
}

/** The index of the first concrete object at or after token `from`, or -1. */
function findObject(scan: ScannedText, from: number): number {
  const { tokens } = scan;
  for (let i = from; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (!token.isWord) continue;
    if (isIdentifier(scan, tokens, i)) return i;
    const noun =
      CONCRETE_NOUNS.has(token.lower) || CONCRETE_NOUNS.has(token.lower.replace(/s$/, ''));
    if (noun && !GENERIC_QUANTIFIERS.has(tokens[i - 1]?.lower ?? '')) return i;
  }
  return -1;
}

function isIdentifier(scan: ScannedText, tokens: Token[], i: number): boolean {
  const token = tokens[i]!;
  const original = scan.text.slice(token.start, token.end);
  if (/\p{L}/u.test(original) && /\p{N}/u.test(original)) return true;
  if (/[\p{L}\p{N}][._/][\p{L}\p{N}]{2}/u.test(original)) return true;
  if (original.includes('-') && !COMMON_COMPOUND.test(token.lower)) return true;
  if (/\p{Ll}\p{Lu}|^\p{Lu}{2,}/u.test(original)) return true;
  // A capitalised word inside a sentence names something: "Redis", "PagerDuty", "Vault".
  const previous = tokens[i - 1];
  return (
    /^\p{Lu}/u.test(original) && previous !== undefined && previous.sentence === token.sentence
  );
}

function hasVagueComparative(scan: ScannedText, head: Head): boolean {
  const { tokens } = scan;
  const clause = tokens[head.first]!.clause;
  for (let i = head.last + 1; i < tokens.length - 1 && tokens[i]!.clause === clause; i++) {
    if (!COMPARATIVES.has(tokens[i]!.lower)) continue;
    const next = tokens[i + 1]!;
    if (next.isWord && next.lower !== 'than' && !CONCRETE_NOUNS.has(next.lower)) return true;
  }
  return false;
}

/** "Make the deploy bot refuse merges": something made to do a concrete action, no comparative. */
function isCausedAction(scan: ScannedText, head: Head): boolean {
  const { tokens } = scan;
  if (head.phrase !== 'make' || hasVagueComparative(scan, head)) return false;
  const clause = tokens[head.first]!.clause;
  for (let i = head.last + 2; i < tokens.length && tokens[i]!.clause === clause; i++) {
    if (CAUSED_ACTIONS.has(tokens[i]!.lower)) return true;
  }
  return false;
}

/** "Create a culture of ownership around alerts": the first object is a quality, not a thing. */
function hasAbstractObject(tokens: Token[], head: Head): boolean {
  for (let i = head.last + 1; i < tokens.length && i <= head.last + 3; i++) {
    const word = tokens[i]!.lower;
    if (ABSTRACT_OBJECTS.has(word)) return true;
    if (!/^(?:a|an|the|our|some|more|better|real|shared|good|strong)$/.test(word)) return false;
  }
  return false;
}

function hasLaterChange(scan: ScannedText, head: Head): boolean {
  const { tokens } = scan;
  // "Spend a sprint moving …" and "… by adding them to the paging policy" name the change.
  const gerundAnywhere = head.phrase === 'spend' || head.phrase === 'dedicate';
  for (let i = head.last + 2; i < tokens.length; i++) {
    const previous = tokens[i - 1]!.lower;
    const word = tokens[i]!.lower;
    const isChange =
      (LATER_CLAUSE.has(previous) && CONCRETE_VERBS.has(word)) ||
      ((gerundAnywhere || previous === 'by') && isConcreteGerund(word));
    if (isChange && findObject(scan, i + 1) !== -1) return true;
  }
  return false;
}

function isConcreteGerund(word: string): boolean {
  if (!word.endsWith('ing')) return false;
  const stem = word.slice(0, -3);
  return (
    CONCRETE_VERBS.has(stem) ||
    CONCRETE_VERBS.has(`${stem}e`) ||
    (/(.)\1$/.test(stem) && CONCRETE_VERBS.has(stem.slice(0, -1)))
  );
}

function missingParts(scan: ScannedText, head: Head | null, first: MissingPart): MissingPart[] {
  const missing: MissingPart[] = [first];
  const from = head ? head.last + 1 : 0;
  if (first !== 'object' && findObject(scan, from) === -1) missing.push('object');
  const rest = head ? scan.lower.slice(scan.tokens[head.last]!.end) : scan.lower;
  if (first !== 'outcome' && !MEASURABLE.test(rest)) missing.push('outcome');
  return missing;
}

function clauseEnd(tokens: Token[], first: number): number {
  let last = first;
  while (last + 1 < tokens.length && tokens[last + 1]!.clause === tokens[first]!.clause) last++;
  while (last > first && !tokens[last]!.isWord) last--;
  return tokens[last]!.end;
}
