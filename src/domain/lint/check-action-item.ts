/** @module The vagueness rules for one action item: a concrete change, to a named thing, measurably. */
import { type Hit, isNegated, locateMatches } from './hits.js';
import type { ScannedText, Token } from './scan-text.js';
import {
  COMMON_COMPOUND,
  CONCRETE_NOUNS,
  CONCRETE_VERBS,
  DECISION,
  GENERIC_QUANTIFIERS,
  LEADING_FILLER,
  MEASURABLE,
  OPEN_ENDED_VERBS,
  OUTCOME_VERBS,
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
  const rest = scan.lower.slice(tokens[head.last]!.end);
  const measurable = MEASURABLE.test(rest);
  const objectAt = findObject(scan, head.last + 1);
  const start = tokens[head.first]!.start;
  if (OPEN_ENDED_VERBS.has(head.phrase)) {
    if (measurable || DECISION.test(rest) || hasLaterChange(scan, head.last + 1)) return null;
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
    if (measurable) return null;
    const end = clauseEnd(tokens, head.first);
    return {
      rule: 'vague-no-measurable-outcome',
      start,
      end,
      missing: missingParts(scan, head, 'outcome'),
      verb: head.phrase,
    };
  }
  if (objectAt !== -1 || measurable) return null;
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
  for (const size of [3, 2]) {
    const last = first + size - 1;
    if (last >= tokens.length) continue;
    const phrase = tokens
      .slice(first, last + 1)
      .map((token) => token.lower)
      .join(' ');
    if (OPEN_ENDED_VERBS.has(phrase) || OUTCOME_VERBS.has(phrase)) return { phrase, first, last };
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

function hasLaterChange(scan: ScannedText, from: number): boolean {
  const { tokens } = scan;
  for (let i = from + 1; i < tokens.length; i++) {
    if (!LATER_CLAUSE.has(tokens[i - 1]!.lower) || !CONCRETE_VERBS.has(tokens[i]!.lower)) continue;
    if (findObject(scan, i + 1) !== -1) return true;
  }
  return false;
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
