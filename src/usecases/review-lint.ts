/** @module The one place that decides which text checks run over a review: the blame and vagueness checker. */
import type { Finding } from '../domain/finding.js';
import { lintText } from '../domain/lint/index.js';
import { lintReview, type Review, type TextCheck } from '../domain/review/index.js';

// Reviews are read far more often than their texts change, and lintText is pure: remember its
// answers per (kind, participants, text), bounded so a busy server does not grow without limit.
const CACHE_LIMIT = 20_000;
const cache = new Map<string, Finding[]>();

const cachedLintText: TextCheck = (text, options) => {
  const key = `${options.kind}\u0000${options.participants.join('\u0001')}\u0000${text}`;
  let findings = cache.get(key);
  if (findings === undefined) {
    findings = lintText(text, { ...options, path: '' });
    if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
    cache.set(key, findings);
  }
  return findings.map((finding) =>
    finding.where ? { ...finding, where: { ...finding.where, path: options.path } } : finding,
  );
};

/** The checks every review text goes through. */
export const REVIEW_TEXT_CHECKS: readonly TextCheck[] = [cachedLintText];

/** Findings of every text check on every text field of `review`, located by path and offsets. */
export function lintReviewText(review: Review, participants: string[]): Finding[] {
  return lintReview(review, participants, [...REVIEW_TEXT_CHECKS]);
}

/** Findings of the text checks on one piece of text, as the editor asks while someone types. */
export function lintOneText(
  text: string,
  kind: 'narrative' | 'actionItem',
  participants: string[],
): Finding[] {
  return REVIEW_TEXT_CHECKS.flatMap((check) => check(text, { kind, participants, path: 'text' }));
}
