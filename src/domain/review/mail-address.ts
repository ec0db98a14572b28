/** @module Telling which of the names people write (owners, authors, reviewers) are mail addresses. */

// Deliberately plain: one @, no spaces, a dot in the domain. Names like "Ana Silva" are not mail.
const ADDRESS = /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:".]+$/;
const NAMED = /^[^<>]*<([^<>]+)>\s*$/;

/** The address in `ana@example.com` or `Ana Silva <ana@example.com>`, lower-cased; null for a plain name. */
export function mailAddressOf(text: string): string | null {
  const trimmed = text.trim();
  const named = NAMED.exec(trimmed);
  const candidate = (named ? named[1]! : trimmed).trim();
  return ADDRESS.test(candidate) ? candidate.toLowerCase() : null;
}

/** The distinct addresses among `texts`, in first-seen order; plain names are left out. */
export function mailAddressesOf(texts: Iterable<string | null>): string[] {
  const seen = new Set<string>();
  for (const text of texts) {
    const address = text === null ? null : mailAddressOf(text);
    if (address !== null) seen.add(address);
  }
  return [...seen];
}
