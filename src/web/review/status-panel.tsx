/** @module Where the review stands: its status, deadlines and reviewers' decisions, and the moves open to it from here. */
import { useState } from 'react';
import { REVIEW_STATUS_LABELS, requestJson } from '../client/index.js';
import type { ReviewDetail } from '../client/types.js';
import { ErrorNote } from '../components/error-note.js';
import { Link } from '../components/link.js';
import { formatInstant } from '../lib/zoned-time.js';
import { ExportLinks } from './export-links.js';
import type { ReviewSend, ReviewTrySave } from './use-review-save.js';

type Move = 'submit' | 'approve' | 'request-changes' | 'publish' | 'reopen';

function moveReview(move: Move, body: Record<string, unknown> = {}): ReviewSend {
  return (base) =>
    requestJson('POST', `/incidents/${encodeURIComponent(base.incident.key)}/review/${move}`, {
      ...body,
      version: base.review.version,
    });
}

const DECISIONS: Record<string, string> = {
  pending: 'Waiting',
  approved: 'Approved',
  changes_requested: 'Asked for changes',
};

export function StatusPanel({
  detail,
  zone,
  trySave,
}: {
  detail: ReviewDetail;
  zone: string;
  trySave: ReviewTrySave;
}) {
  const { review } = detail;
  const [comment, setComment] = useState('');
  const [reason, setReason] = useState('');
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const act = async (move: Move, body?: Record<string, unknown>) => {
    setBusy(true);
    const problem = await trySave(moveReview(move, body));
    setFailure(problem);
    if (problem === null) {
      setComment('');
      setReason('');
    }
    setBusy(false);
  };
  const status = review.status;
  return (
    <section className="card side-panel status-panel" aria-labelledby="section-status">
      <h2 id="section-status" tabIndex={-1}>
        Status
      </h2>
      <p className="review-status">
        <span className={`badge review-${status}`}>{REVIEW_STATUS_LABELS[status]}</span>
        {review.publishedAt && (
          <span className="small-print muted">{formatInstant(review.publishedAt, zone)}</span>
        )}
      </p>
      {detail.dueDates && status !== 'published' && (
        <dl className="due-dates small-print">
          <div>
            <dt>Draft due</dt>
            <dd>{formatInstant(detail.dueDates.draftDueAt, zone)}</dd>
          </div>
          <div>
            <dt>Meeting due</dt>
            <dd>{formatInstant(detail.dueDates.meetingDueAt, zone)}</dd>
          </div>
          <div>
            <dt>Publish by</dt>
            <dd>{formatInstant(detail.dueDates.publishDueAt, zone)}</dd>
          </div>
        </dl>
      )}
      <div>
        <h3>Reviewers</h3>
        {review.reviewers.length === 0 ? (
          <p className="small-print muted">
            None yet. Name at least one under “Meeting and people” before submitting.
          </p>
        ) : (
          <ul className="reviewers">
            {review.reviewers.map((reviewer) => (
              <li key={reviewer.name}>
                <span>{reviewer.name}</span>{' '}
                <span className={`decision decision-${reviewer.decision}`}>
                  {DECISIONS[reviewer.decision]}
                </span>
                {reviewer.comment && <q className="small-print">{reviewer.comment}</q>}
              </li>
            ))}
          </ul>
        )}
      </div>
      {status === 'draft' && (
        <button
          type="button"
          className="button primary"
          disabled={busy}
          onClick={() => act('submit')}
        >
          Submit for review
        </button>
      )}
      {status === 'in_review' && (
        <>
          <label className="field">
            <span>Comment</span>
            <textarea
              id="review-comment"
              rows={2}
              value={comment}
              onChange={(event) => setComment(event.target.value)}
            />
          </label>
          <div className="button-row">
            <button
              type="button"
              className="button primary"
              disabled={busy}
              onClick={() => act('approve', comment.trim() ? { comment } : {})}
            >
              Approve
            </button>
            <button
              type="button"
              className="button"
              disabled={busy}
              onClick={() => act('request-changes', { comment })}
            >
              Request changes
            </button>
          </div>
        </>
      )}
      {status === 'approved' && (
        <button
          type="button"
          className="button primary"
          disabled={busy}
          onClick={() => act('publish')}
        >
          Publish to the library
        </button>
      )}
      {status === 'in_review' && (
        <details className="override">
          <summary>Publish without approval (admins)</summary>
          <label className="field">
            <span>Why skip approval</span>
            <textarea rows={2} value={reason} onChange={(event) => setReason(event.target.value)} />
          </label>
          <button
            type="button"
            className="button danger"
            disabled={busy}
            onClick={() => act('publish', { override: { reason } })}
          >
            Publish anyway
          </button>
        </details>
      )}
      {(status === 'in_review' || status === 'approved' || status === 'published') && (
        <button type="button" className="button" disabled={busy} onClick={() => act('reopen')}>
          Reopen as draft
        </button>
      )}
      {status === 'published' && (
        <Link href={`/library/${detail.incident.key}`} className="button">
          Read it in the library
        </Link>
      )}
      {review.publishOverride && (
        <p className="small-print muted">
          Published without approval by {review.publishOverride.by}: {review.publishOverride.reason}
        </p>
      )}
      <ErrorNote error={failure} />
      <ExportLinks incidentKey={detail.incident.key} />
    </section>
  );
}
