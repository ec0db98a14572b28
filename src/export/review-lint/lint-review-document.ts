/**
 * @module `hindsight lint` for reviews-as-code: the blame and vagueness checks and the action
 * items' missing fields, over a review read from Markdown, each finding placed at a line and column
 * of the file.
 */
import type { Finding } from '../../domain/finding.js';
import type { Instant } from '../../domain/instant.js';
import { lintText } from '../../domain/lint/index.js';
import { checkActionItems, DEFAULT_POLICIES, lintReview } from '../../domain/review/index.js';
import type { ReviewDocument } from '../review-document.js';
import { reviewFromMarkdown } from '../review-markdown/review-from-markdown.js';
import { locateFinding } from './locate-finding.js';

export interface LocatedFinding extends Finding {
  line: number;
  column: number;
  endColumn: number;
}

export type ReviewFileLint =
  | { findings: LocatedFinding[] }
  | { problems: { line: number; message: string }[] };

// Missing fields are what a file can be judged on; whether an item is overdue depends on the day
// the check runs, and a CI job must not start failing on a date.
const FILE_ACTION_RULES = new Set([
  'action-missing-owner',
  'action-missing-success-criteria',
  'action-missing-validation-method',
  'action-missing-due-date',
  'action-invalid-due-date',
  'action-wont-do-without-reason',
]);
const ANY_DAY = '2000-01-01T00:00:00.000Z' as Instant;

/** Lints one reviews-as-code file; a file that does not parse returns its problems instead. */
export function lintReviewFile(source: string): ReviewFileLint {
  const parsed = reviewFromMarkdown(source);
  if ('problems' in parsed) return { problems: parsed.problems };
  return { findings: lintReviewDocument(parsed.document, source) };
}

/** Every finding on the document, located in `source`, errors first then by position. */
export function lintReviewDocument(document: ReviewDocument, source: string): LocatedFinding[] {
  const participants = document.incident.participants.map((p) => p.name);
  const review = document.review;
  const findings = [
    ...lintReview(review, participants, [lintText]),
    ...checkActionItems(
      review.actionItems,
      ANY_DAY,
      DEFAULT_POLICIES[document.incident.severity],
    ).filter((finding) => FILE_ACTION_RULES.has(finding.rule)),
  ];
  const rank = { error: 0, warning: 1, info: 2 } as const;
  return findings
    .map((finding) => ({ ...finding, ...locateFinding(source, review, finding) }))
    .sort((a, b) => a.line - b.line || a.column - b.column || rank[a.severity] - rank[b.severity]);
}
