/** @module A rule match inside text, and the clause-scope helpers the rules share. */

import { NAMING_VERBS, NEGATORS, NEGATORS_AFTER } from './blame-lexicon.js';
import type { LintRuleId } from './lint-rules.js';
import { type ScannedText, type Token, tokenIndexAt } from './scan-text.js';

/** A match of one rule over the character range [start, end) of the linted text. */
export interface Hit {
  rule: LintRuleId;
  start: number;
  end: number;
}

/** A regex match located by token: the first and last token it covers. */
export interface Located {
  start: number;
  end: number;
  first: number;
  last: number;
}

/** Runs a global regex over `source` and locates each match by token. */
export function locateMatches(pattern: RegExp, source: string, tokens: Token[]): Located[] {
  const found: Located[] = [];
  for (const match of source.matchAll(pattern)) {
    const start = match.index;
    const end = start + match[0].length;
    found.push({
      start,
      end,
      first: tokenIndexAt(tokens, start),
      last: tokenIndexAt(tokens, end - 1),
    });
  }
  return found;
}

function isNegation(token: Token, words: Set<string>): boolean {
  return token.isWord && (words.has(token.lower) || token.lower.endsWith("n't"));
}

/** True when a negator or a mention frame ("calling this …") governs the match in its clause. */
export function isNegated(scan: ScannedText, match: Located, before = 6, after = 3): boolean {
  const { tokens } = scan;
  const clause = tokens[match.first]?.clause;
  for (let i = match.first - 1, seen = 0; i >= 0 && seen < before; i--) {
    const token = tokens[i]!;
    if (token.clause !== clause) break;
    if (isNegation(token, NEGATORS)) return true;
    if (
      NAMING_VERBS.has(token.lower) &&
      /^(?:this|it|that|them)$/.test(tokens[i + 1]?.lower ?? '')
    ) {
      return true;
    }
    if (token.isWord) seen++;
  }
  for (let i = match.last + 1, seen = 0; i < tokens.length && seen < after; i++) {
    const token = tokens[i]!;
    if (token.clause !== clause) break;
    if (isNegation(token, NEGATORS_AFTER)) return true;
    if (token.isWord) seen++;
  }
  return false;
}

/** True when two character ranges share at least one character. */
export function isOverlapping(a: { start: number; end: number }, b: Hit): boolean {
  return a.start < b.end && b.start < a.end;
}
