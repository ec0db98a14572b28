/** @module Highlighted snippets: the words a query matched, marked with <mark>, in short windows of each field. */
import type { SearchField } from './search-document.js';
import { SEARCH_FIELDS } from './search-document.js';
import type { SearchClause, SearchQuery } from './search-query.js';
import { stemWord } from './stem-word.js';
import { type TextToken, tokenizeText } from './tokenize-text.js';

export interface Snippet {
  field: SearchField;
  /** HTML-escaped text with each matched word wrapped in `<mark>…</mark>`. */
  text: string;
}

/** Words shown on each side of the first match. */
const CONTEXT_WORDS = 8;

/**
 * Up to `max` snippets, one per field that matches, in field order. Matching uses the same
 * tokenizer and stemmer as the index, so a snippet marks exactly what the engine matched.
 * @example highlightSnippets({ title: 'Certificates expired', … }, parseSearchQuery('certificate'))
 */
export function highlightSnippets(
  text: Partial<Record<SearchField, string>>,
  query: SearchQuery,
  max = 3,
): Snippet[] {
  const snippets: Snippet[] = [];
  for (const field of SEARCH_FIELDS) {
    if (snippets.length >= max) break;
    const value = text[field] ?? '';
    const tokens = tokenizeText(value);
    const marked = matchedTokens(
      tokens.map((t) => stemWord(t.folded)),
      query.clauses,
    );
    if (marked.size === 0) continue;
    snippets.push({ field, text: renderWindow(value, tokens, marked, field === 'title') });
  }
  return snippets;
}

/** Indexes of the tokens any clause matches. */
export function matchedTokens(stems: string[], clauses: SearchClause[]): Set<number> {
  const marked = new Set<number>();
  for (const clause of clauses) {
    if (clause.kind === 'phrase') {
      const n = clause.stems.length;
      for (let i = 0; i + n <= stems.length; i++) {
        if (clause.stems.every((s, j) => stems[i + j] === s))
          for (let j = 0; j < n; j++) marked.add(i + j);
      }
    } else {
      stems.forEach((stem, i) => {
        if (clause.kind === 'term' ? stem === clause.stem : stem.startsWith(clause.stem))
          marked.add(i);
      });
    }
  }
  return marked;
}

function renderWindow(
  value: string,
  tokens: TextToken[],
  marked: Set<number>,
  whole: boolean,
): string {
  const first = Math.min(...marked);
  const from = whole ? 0 : Math.max(0, first - CONTEXT_WORDS);
  const to = whole ? tokens.length - 1 : Math.min(tokens.length - 1, first + CONTEXT_WORDS);
  const start = whole ? 0 : (tokens[from] as TextToken).start;
  const end = whole ? value.length : (tokens[to] as TextToken).end;
  let html = '';
  let cursor = start;
  for (let i = from; i <= to; i++) {
    const token = tokens[i] as TextToken;
    if (!marked.has(i)) continue;
    html += escapeHtml(value.slice(cursor, token.start));
    html += `<mark>${escapeHtml(value.slice(token.start, token.end))}</mark>`;
    cursor = token.end;
  }
  html += escapeHtml(value.slice(cursor, end));
  const flat = html.replace(/\s+/g, ' ').trim();
  return `${start > 0 ? '…' : ''}${flat}${end < value.length ? '…' : ''}`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
