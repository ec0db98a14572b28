/** @module The flagged words of a lint finding with a little of the text on either side. */

export interface Excerpt {
  before: string;
  match: string;
  after: string;
}

/** `text[start, end)` with up to `context` characters around it, cut at word boundaries with `…`. */
export function excerptAround(text: string, start: number, end: number, context = 30): Excerpt {
  const from = Math.max(0, Math.min(start, text.length));
  const to = Math.max(from, Math.min(end, text.length));
  let before = text.slice(Math.max(0, from - context), from);
  let after = text.slice(to, to + context);
  if (from - context > 0) before = `…${before.replace(/^\S*\s/, '')}`;
  if (to + context < text.length) after = `${after.replace(/\s\S*$/, '')}…`;
  return { before, match: text.slice(from, to), after };
}
