/** @module A read-only summary of the incident's review: status, due date, contents, and what blocks approval. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { queryKeys, REVIEW_STATUS_LABELS, requestJson, useReview } from '../client/index.js';
import { ErrorNote } from '../components/error-note.js';
import { Link } from '../components/link.js';
import { formatInstant } from '../lib/zoned-time.js';

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

export function ReviewPanel({ incidentKey, zone }: { incidentKey: string; zone: string }) {
  const queryClient = useQueryClient();
  const review = useReview(incidentKey);
  const start = useMutation({
    mutationFn: () => requestJson('POST', `/incidents/${encodeURIComponent(incidentKey)}/review`),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.review(incidentKey) }),
        // The incident list shows each review's status.
        queryClient.invalidateQueries({ queryKey: ['incidents'] }),
      ]),
  });
  const detail = review.data;
  return (
    <section className="card side-panel review-panel" aria-labelledby="review-title">
      <h2 id="review-title">Review</h2>
      <ErrorNote error={review.error ?? start.error} />
      {detail === null && (
        <>
          <p className="muted">
            No review yet. Start one once the incident is stable: it begins as a draft built from
            the highlighted timeline, and Hindsight lists what is missing before it can be approved.
          </p>
          <button
            type="button"
            className="button primary"
            onClick={() => start.mutate()}
            disabled={start.isPending}
          >
            Start the review
          </button>
        </>
      )}
      {detail && (
        <>
          <p className="review-status">
            <span className={`badge review-${detail.review.status}`}>
              {REVIEW_STATUS_LABELS[detail.review.status]}
            </span>
            {detail.dueDates && (
              <span className="muted small-print">
                publish by {formatInstant(detail.dueDates.publishDueAt, zone)}
              </span>
            )}
          </p>
          <p className="small-print">
            {plural(detail.review.whyTrees.length, 'why-tree')} ·{' '}
            {plural(detail.review.factors.length, 'contributing factor')} ·{' '}
            {plural(detail.review.actionItems.length, 'action item')}
          </p>
          <Link href={`/incidents/${incidentKey}/review`} className="button primary">
            {detail.review.status === 'published' ? 'Open the review' : 'Edit the review'}
          </Link>
          {detail.ready ? (
            <p className="ready-note">Ready for approval.</p>
          ) : (
            <div className="findings">
              <h3>Before it can be approved</h3>
              <ul>
                {detail.readiness
                  .filter((finding) => finding.severity === 'error')
                  .map((finding) => (
                    <li
                      key={`${finding.rule}-${finding.message}`}
                      className="finding finding-error"
                    >
                      <p>{finding.message}</p>
                    </li>
                  ))}
              </ul>
            </div>
          )}
        </>
      )}
    </section>
  );
}
