/** @module Scores how related two incidents are, and says why: shared services, factor categories, tags, similar text. */
import type { SignatureTerm } from './text-signature.js';

/** What is compared about each incident. */
export interface RelatedFeatures {
  key: string;
  title: string;
  services: string[];
  tags: string[];
  categories: string[];
  signature: SignatureTerm[];
}

export interface RelatedIncident {
  key: string;
  title: string;
  /** 0 to 1. */
  score: number;
  reasons: string[];
}

const WEIGHTS = { services: 0.3, categories: 0.25, tags: 0.15, text: 0.3 };

/** Below this cosine, shared words are coincidence and not given as a reason. */
export const MIN_TEXT_SIMILARITY = 0.1;

/** The score and reasons of `candidate` relative to `anchor`; null when they share nothing. */
export function scoreRelatedIncident(
  anchor: RelatedFeatures,
  candidate: RelatedFeatures,
): RelatedIncident | null {
  const services = shared(anchor.services, candidate.services);
  const categories = shared(anchor.categories, candidate.categories);
  const tags = shared(anchor.tags, candidate.tags);
  const text = textSimilarity(anchor.signature, candidate.signature);
  const similar = text.cosine >= MIN_TEXT_SIMILARITY;
  const score =
    WEIGHTS.services * jaccard(anchor.services, candidate.services, services) +
    WEIGHTS.categories * jaccard(anchor.categories, candidate.categories, categories) +
    WEIGHTS.tags * jaccard(anchor.tags, candidate.tags, tags) +
    (similar ? WEIGHTS.text * text.cosine : 0);
  const reasons = [
    ...services.map((s) => `shares service ${s}`),
    ...categories.map((c) => `same factor category: ${c}`),
    ...tags.map((t) => `shares tag ${t}`),
    ...(similar ? [`similar text: ${text.words.slice(0, 3).join(', ')}`] : []),
  ];
  if (reasons.length === 0) return null;
  return { key: candidate.key, title: candidate.title, score: round(score), reasons };
}

/** The `limit` most related candidates, best first (ties by key); the anchor itself is skipped. */
export function rankRelatedIncidents(
  anchor: RelatedFeatures,
  candidates: RelatedFeatures[],
  limit: number,
): RelatedIncident[] {
  return candidates
    .filter((c) => c.key !== anchor.key)
    .map((c) => scoreRelatedIncident(anchor, c))
    .filter((r): r is RelatedIncident => r !== null)
    .sort((a, b) => b.score - a.score || compareKeys(a.key, b.key))
    .slice(0, limit);
}

/**
 * Cosine similarity of two signatures, and the shared words that contribute most to it.
 * @example textSimilarity([{ term: 'certif', word: 'certificate', weight: 4 }], …)
 */
export function textSimilarity(
  a: SignatureTerm[],
  b: SignatureTerm[],
): { cosine: number; words: string[] } {
  const other = new Map(b.map((t) => [t.term, t.weight]));
  const contributions: { word: string; product: number }[] = [];
  for (const term of a) {
    const weight = other.get(term.term);
    if (weight !== undefined)
      contributions.push({ word: term.word, product: term.weight * weight });
  }
  const norm = (terms: SignatureTerm[]) => Math.sqrt(terms.reduce((s, t) => s + t.weight ** 2, 0));
  const denominator = norm(a) * norm(b);
  const dot = contributions.reduce((s, c) => s + c.product, 0);
  return {
    cosine: denominator === 0 ? 0 : dot / denominator,
    words: contributions
      .sort((x, y) => y.product - x.product || x.word.localeCompare(y.word))
      .map((c) => c.word),
  };
}

function shared(a: string[], b: string[]): string[] {
  const other = new Set(b);
  return [...new Set(a)].filter((value) => other.has(value)).sort();
}

function jaccard(a: string[], b: string[], common: string[]): number {
  const union = new Set([...a, ...b]).size;
  return union === 0 ? 0 : common.length / union;
}

function round(score: number): number {
  return Math.round(score * 1000) / 1000;
}

/** INC-9 before INC-10: keys compare by number when they share a prefix. */
function compareKeys(a: string, b: string): number {
  const na = Number(a.slice(a.lastIndexOf('-') + 1));
  const nb = Number(b.slice(b.lastIndexOf('-') + 1));
  return Number.isFinite(na) && Number.isFinite(nb) && na !== nb ? na - nb : a.localeCompare(b);
}
