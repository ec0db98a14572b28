/** @module Splits text into words the same way for indexing, querying and highlighting, on every engine. */
import { stemWord } from './stem-word.js';

/** A word of a text: where it sits (UTF-16 offsets into the original) and its folded form. */
export interface TextToken {
  start: number;
  end: number;
  /** Lower case, accents removed: what the stem is taken of. */
  folded: string;
}

/** Longer runs are not words (hashes, base64); they are skipped so neither engine sees them. */
export const MAX_WORD_LENGTH = 40;

const WORD = /[\p{L}\p{N}]+/gu;

/** Lower-cases and strips accents; only letters and digits survive. */
export function foldWord(word: string): string {
  return word
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** The words of `text` in order, with their offsets. */
export function tokenizeText(text: string): TextToken[] {
  const tokens: TextToken[] = [];
  for (const match of text.matchAll(WORD)) {
    const folded = foldWord(match[0]);
    if (folded === '' || folded.length > MAX_WORD_LENGTH) continue;
    tokens.push({ start: match.index, end: match.index + match[0].length, folded });
  }
  return tokens;
}

/** The stems of `text`, in order: what the index stores and what queries are matched against. */
export function stemsOf(text: string): string[] {
  return tokenizeText(text).map((token) => stemWord(token.folded));
}
