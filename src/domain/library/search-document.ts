/** @module The searchable text of one incident and its review, split into weighted fields. */
import type { Lessons } from '../review/review.js';
import type { WhyNode, WhyTree } from '../review/why-tree.js';
import { stemWord } from './stem-word.js';
import { type SignatureTerm, signatureOf } from './text-signature.js';
import { tokenizeText } from './tokenize-text.js';

/** Fields in rank order: a match in an earlier field counts for more. */
export const SEARCH_FIELDS = [
  'title',
  'summary',
  'factors',
  'lessons',
  'actions',
  'timeline',
] as const;
export type SearchField = (typeof SEARCH_FIELDS)[number];

/**
 * PostgreSQL numbers word positions up to 16,383; a document is cut at this many words (in field
 * order, so the timeline goes first) so that both engines index exactly the same words.
 */
export const MAX_DOCUMENT_WORDS = 16_000;

export interface SearchSource {
  title: string;
  incidentSummary: string;
  customerImpact: string;
  review: {
    summary: string;
    lessons: Lessons;
    whyTrees: WhyTree[];
    factors: { category: string; description: string }[];
  } | null;
  actionItems: { title: string; successCriteria: string }[];
  timeline: string[];
}

export interface SearchDocument {
  /** The text of each field as indexed (possibly cut), for snippets. */
  text: Record<SearchField, string>;
  /** The stems of each field, in order: what the engines index. */
  stems: Record<SearchField, string[]>;
  categories: string[];
  signature: SignatureTerm[];
}

/** Builds the document of one incident (and its review, when there is one). */
export function buildSearchDocument(source: SearchSource): SearchDocument {
  const review = source.review;
  const raw: Record<SearchField, string> = {
    title: source.title,
    summary: joinLines([source.incidentSummary, review?.summary ?? '', source.customerImpact]),
    factors: joinLines([
      ...(review?.factors.map((f) => f.description) ?? []),
      ...(review?.whyTrees.flatMap(whyTreeLines) ?? []),
    ]),
    lessons: joinLines(
      review
        ? [...review.lessons.wentWell, ...review.lessons.wentWrong, ...review.lessons.gotLucky]
        : [],
    ),
    actions: joinLines(source.actionItems.flatMap((a) => [a.title, a.successCriteria])),
    timeline: joinLines(source.timeline),
  };
  const text = {} as Record<SearchField, string>;
  const stems = {} as Record<SearchField, string[]>;
  let budget = MAX_DOCUMENT_WORDS;
  for (const field of SEARCH_FIELDS) {
    const all = tokenizeText(raw[field]);
    const tokens = all.slice(0, budget);
    budget -= tokens.length;
    const last = tokens.at(-1);
    text[field] =
      tokens.length < all.length ? (last ? raw[field].slice(0, last.end) : '') : raw[field];
    stems[field] = tokens.map((t) => stemWord(t.folded));
  }
  const categories = [...new Set(review?.factors.map((f) => f.category) ?? [])].sort();
  return { text, stems, categories, signature: signatureOf(text) };
}

function joinLines(lines: string[]): string {
  return lines
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join('\n');
}

function whyTreeLines(tree: WhyTree): string[] {
  const walk = (nodes: WhyNode[]): string[] => nodes.flatMap((n) => [n.text, ...walk(n.children)]);
  return [tree.question, ...walk(tree.answers)];
}
