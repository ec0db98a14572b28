/** @module A document's most telling words, weighted by where they appear: what related incidents compare. */
import type { SearchField } from './search-document.js';
import { stemWord } from './stem-word.js';
import { STOP_WORDS } from './stop-words.js';
import { tokenizeText } from './tokenize-text.js';

/** A stem, the word people wrote for it (for reasons shown to them) and its weight in the document. */
export interface SignatureTerm {
  term: string;
  word: string;
  weight: number;
}

/** How many terms a signature keeps: enough to compare, few enough to index for every incident. */
export const SIGNATURE_SIZE = 16;

const FIELD_WEIGHTS: Record<SearchField, number> = {
  title: 4,
  summary: 2,
  factors: 2,
  lessons: 1,
  actions: 1,
  timeline: 0.25,
};

/** The heaviest stems of a document (stop words, numbers and short words left out), heaviest first. */
export function signatureOf(text: Record<SearchField, string>): SignatureTerm[] {
  const weights = new Map<string, number>();
  const words = new Map<string, Map<string, number>>();
  for (const [field, value] of Object.entries(text) as [SearchField, string][]) {
    for (const token of tokenizeText(value)) {
      const word = token.folded;
      if (word.length < 3 || STOP_WORDS.has(word) || /^\p{N}+$/u.test(word)) continue;
      const term = stemWord(word);
      weights.set(term, (weights.get(term) ?? 0) + FIELD_WEIGHTS[field]);
      const forms = words.get(term) ?? new Map<string, number>();
      forms.set(word, (forms.get(word) ?? 0) + 1);
      words.set(term, forms);
    }
  }
  return [...weights.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, SIGNATURE_SIZE)
    .map(([term, weight]) => ({ term, word: mostFrequent(words.get(term)), weight }));
}

function mostFrequent(forms: Map<string, number> | undefined): string {
  let best = '';
  let count = 0;
  for (const [word, n] of forms ?? []) {
    if (n > count || (n === count && word < best)) {
      best = word;
      count = n;
    }
  }
  return best;
}
