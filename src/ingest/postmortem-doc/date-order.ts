/** @module Decides whether a document writes numeric dates day-first or month-first. */

const NUMERIC = /(?<![\d/.-])(\d{1,2})[/-](\d{1,2})[/-](?:\d{4}|\d{2})(?![\d/-])/g;

/** `dmy` or `mdy` when the document's own dates settle it (31/01 or 01/31, or a stated format). */
export function dateOrderOf(text: string): 'dmy' | 'mdy' | null {
  if (/\bdd[/.-]mm[/.-]yy(?:yy)?\b/i.test(text)) return 'dmy';
  if (/\bmm[/.-]dd[/.-]yy(?:yy)?\b/i.test(text)) return 'mdy';
  let dayFirst = false;
  let monthFirst = false;
  for (const match of text.matchAll(NUMERIC)) {
    const first = Number(match[1]);
    const second = Number(match[2]);
    if (first > 12 && second <= 12) dayFirst = true;
    if (second > 12 && first <= 12) monthFirst = true;
  }
  if (dayFirst === monthFirst) return null;
  return dayFirst ? 'dmy' : 'mdy';
}
