/** @module Severity, status and review badges: colour plus words, never colour alone. */
import type { IncidentStatus, ReviewStatus, Severity } from '../client/types.js';
import { REVIEW_STATUS_LABELS, STATUS_LABELS } from '../client/vocabulary.js';

export function SeverityBadge({ severity }: { severity: Severity }) {
  return <span className={`badge sev sev-${severity.toLowerCase()}`}>{severity}</span>;
}

export function StatusBadge({ status }: { status: IncidentStatus }) {
  return <span className={`badge status status-${status}`}>{STATUS_LABELS[status]}</span>;
}

export function KindBadge({ kind }: { kind: string }) {
  return <span className={`badge kind kind-${kind}`}>{kind.replace('_', ' ')}</span>;
}

/** Where a review stands (`Review: Draft`), and a warning badge when it is past its publish deadline. */
export function ReviewBadge({ status, overdue }: { status: ReviewStatus; overdue?: boolean }) {
  return (
    <>
      <span className={`badge review-${status}`}>Review: {REVIEW_STATUS_LABELS[status]}</span>
      {overdue && <span className="badge review-overdue">Review overdue</span>}
    </>
  );
}
