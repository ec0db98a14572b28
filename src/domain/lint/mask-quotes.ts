/** @module Blanks out quoted speech so that words someone else said are not read as the author's. */

// Double quotes, curly quotes and backticks always quote. A single quote opens only at a word
// start and closes only at a word end, so apostrophes in "didn't" or "engineers'" never match.
const QUOTED =
  /"[^"\n]{1,300}"|“[^”\n]{1,300}”|`[^`\n]{1,300}`|(?<![\p{L}\p{N}])['‘](?=\S)[^'‘’\n]{1,300}?(?<=\S)['’](?![\p{L}\p{N}])/gu;

/** Replaces every quoted span (quotes included) with spaces, keeping all offsets unchanged. */
export function maskQuotes(text: string): string {
  return text.replace(QUOTED, (quoted) => ' '.repeat(quoted.length));
}
