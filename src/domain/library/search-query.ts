/** @module Parses what a person types into the search box into clauses both engines can run safely. */
import { stemWord } from './stem-word.js';
import { stemsOf, tokenizeText } from './tokenize-text.js';

/** One clause of a query; a document must match every clause. */
export type SearchClause =
  | { kind: 'term'; stem: string }
  | { kind: 'prefix'; stem: string }
  | { kind: 'phrase'; stems: string[] };

export interface SearchQuery {
  clauses: SearchClause[];
}

/** More clauses than this are ignored: they add cost, not precision. */
export const MAX_CLAUSES = 12;

/**
 * Reads plain words (all required), `"quoted phrases"` and `prefix*` words. Punctuation and
 * operators are never passed to an engine: every clause is rebuilt from stems. A prefix is
 * stemmed too, since the index holds stems ("certificates*" finds "certificate").
 * Returns null when nothing searchable remains.
 * @example parseSearchQuery('"certificate expiry" renew*')
 */
export function parseSearchQuery(text: string): SearchQuery | null {
  const clauses: SearchClause[] = [];
  const seen = new Set<string>();
  const add = (clause: SearchClause) => {
    const id = JSON.stringify(clause);
    if (!seen.has(id) && clauses.length < MAX_CLAUSES) {
      seen.add(id);
      clauses.push(clause);
    }
  };
  // An unmatched quote opens a phrase that runs to the end of the text.
  const parts = text.split('"');
  parts.forEach((part, index) => {
    if (index % 2 === 1) {
      const stems = stemsOf(part);
      if (stems.length === 1) add({ kind: 'term', stem: stems[0] as string });
      else if (stems.length > 1) add({ kind: 'phrase', stems });
      return;
    }
    for (const chunk of part.split(/\s+/)) {
      const isPrefix = /[\p{L}\p{N}]\*+$/u.test(chunk);
      const tokens = tokenizeText(chunk);
      tokens.forEach((token, i) => {
        const stem = stemWord(token.folded);
        add({ kind: isPrefix && i === tokens.length - 1 ? 'prefix' : 'term', stem });
      });
    }
  });
  return clauses.length === 0 ? null : { clauses };
}
