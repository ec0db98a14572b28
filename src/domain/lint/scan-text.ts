/** @module Splits text once into tokens, sentences and clauses, the units every rule reasons in. */

export interface Token {
  start: number;
  end: number;
  /** The token lower-cased, with curly apostrophes made straight. */
  lower: string;
  isWord: boolean;
  sentence: number;
  clause: number;
}

export interface ScannedText {
  /** The text as checked: quotes and suppression directives already blanked out. */
  text: string;
  lower: string;
  tokens: Token[];
}

const TOKEN = /[\p{L}\p{N}]+(?:['’._/-][\p{L}\p{N}]+)*|[;:,()—–]|[.!?]+(?=[\s"'”’)]|$)/gu;
const CLAUSE_PUNCTUATION = new Set([';', ':', '(', ')', '—', '–']);
const CLAUSE_WORDS = new Set([
  'because',
  'since',
  'although',
  'though',
  'but',
  'which',
  'whereas',
  'while',
  'when',
  'until',
  'unless',
  'whether',
]);
// These start a new clause only right after a comma: "…, so the queue grew".
const CLAUSE_WORDS_AFTER_COMMA = new Set(['so', 'and', 'then', 'yet', 'or']);
const ABBREVIATIONS = new Set([
  'e.g',
  'i.e',
  'etc',
  'vs',
  'a.m',
  'p.m',
  'approx',
  'cf',
  'no',
  'dr',
]);
const LINE_START = /\n[ \t]*(?:[-*+>#|]|\d+[.)])/y;

/** Tokenizes `text` (already masked) and numbers each token's sentence and clause. */
export function scanText(text: string): ScannedText {
  const lower = text.toLowerCase().replaceAll('’', "'");
  const tokens: Token[] = [];
  let sentence = 0;
  let clause = 0;
  let newSentence = false;
  let previousEnd = 0;
  let nextNewline = lower.indexOf('\n');
  for (const match of lower.matchAll(TOKEN)) {
    const start = match.index;
    const value = match[0];
    const end = start + value.length;
    const previous = tokens.at(-1);
    const crossesLine = nextNewline !== -1 && nextNewline < start;
    if (crossesLine) nextNewline = lower.indexOf('\n', start);
    if (previous && (newSentence || (crossesLine && startsNewLine(lower, previousEnd, start)))) {
      sentence += 1;
      clause += 1;
      newSentence = false;
    }
    previousEnd = end;
    if (/^[.!?]/.test(value)) {
      if (!ABBREVIATIONS.has(previous?.lower ?? '')) newSentence = true;
      continue;
    }
    const isWord = !CLAUSE_PUNCTUATION.has(value) && value !== ',';
    if (CLAUSE_PUNCTUATION.has(value)) clause += 1;
    else if (isWord && CLAUSE_WORDS.has(value)) clause += 1;
    else if (isWord && CLAUSE_WORDS_AFTER_COMMA.has(value) && previous?.lower === ',') clause += 1;
    tokens.push({ start, end, lower: value, isWord, sentence, clause });
  }
  return { text, lower, tokens };
}

// A blank line, or a line that starts a list item or heading, begins a new sentence.
function startsNewLine(text: string, from: number, to: number): boolean {
  const newline = text.lastIndexOf('\n', to - 1);
  if (newline < from) return false;
  if (text.indexOf('\n', from) < newline) return true;
  LINE_START.lastIndex = newline;
  return LINE_START.test(text);
}

/** The index of the first token that ends after `offset` (binary search). */
export function tokenIndexAt(tokens: Token[], offset: number): number {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (tokens[middle]!.end <= offset) low = middle + 1;
    else high = middle;
  }
  return low;
}
